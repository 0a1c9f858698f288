package org.claimdesk.base;

import java.nio.file.DirectoryNotEmptyException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL server binaries that come in Maven jars (zonky's builds), unpacked once per
 * version into a directory under the temporary directory that any account can read, so that the
 * server may run under an account other than the JVM's.
 */
final class PostgresBinaries {
    /** The embedded PostgreSQL: the binaries jar on the class path. */
    static final PostgresBinaries CURRENT = new PostgresBinaries("18", "postgres-linux-x86_64.txz");
    /** The one ClaimDesk embedded before, kept to upgrade its data directories. */
    static final PostgresBinaries PREVIOUS = new PostgresBinaries("14", "pg14/postgres-linux-x86_64.txz");

    private final String major;
    private final String resource;

    private PostgresBinaries(String major, String resource) {
        this.major = major;
        this.resource = resource;
    }

    String major() {
        return major;
    }

    /** The {@code bin} directory, unpacked on first use. */
    synchronized Path bin() {
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "claimdesk-postgres-" + major + "-" + archiveSize());
        Path bin = root.resolve("bin");
        if (Files.isExecutable(bin.resolve("postgres")) && Files.exists(root.resolve(".complete"))) {
            return bin;
        }
        try {
            Path staging = Files.createTempDirectory(root.getParent(), "claimdesk-postgres-unpacking-");
            unpack(staging);
            Files.createFile(staging.resolve(".complete"));
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            try {
                Files.move(staging, root, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
                // another process unpacked the same binaries meanwhile: theirs are as good
                FileTrees.deleteQuietly(staging);
            }
            return bin;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the PostgreSQL " + major + " binaries", e);
        }
    }

    /** Names the unpacked copy; read from the jar entry's header, without reading the 15 MB archive. */
    private long archiveSize() {
        URL url = PostgresBinaries.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("The PostgreSQL " + major + " binaries (" + resource
                    + ") are not on the class path.");
        }
        try {
            long size = url.openConnection().getContentLengthLong();
            if (size >= 0) {
                return size;
            }
            try (InputStream in = open()) {
                return in.transferTo(OutputStream.nullOutputStream());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream open() throws IOException {
        InputStream in = PostgresBinaries.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("The PostgreSQL " + major + " binaries (" + resource + ") are not on the class path.");
        }
        return new BufferedInputStream(in);
    }

    private void unpack(Path into) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(open()))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("Unexpected entry in the PostgreSQL archive: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        try (var dirs = Files.walk(into)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }
}
