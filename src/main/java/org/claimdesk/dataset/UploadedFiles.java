package org.claimdesk.dataset;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.claimdesk.base.InvalidInputException;

/** An uploaded file as an {@link ImportSource}: the file alone, or the entries of a zip within the limits. */
final class UploadedFiles implements ImportSource, AutoCloseable {
    private final List<ImportFile> files = new ArrayList<>();
    private final ZipFile zip;

    private UploadedFiles(ZipFile zip) {
        this.zip = zip;
    }

    static UploadedFiles open(String name, Path path, UploadLimits limits) throws IOException {
        long size = Files.size(path);
        if (size > limits.maxUploadBytes()) {
            throw new InvalidInputException(name + " is " + UploadLimits.megabytes(size) + "; the upload limit is "
                    + UploadLimits.megabytes(limits.maxUploadBytes()) + ".");
        }
        if (!isZip(path)) {
            UploadedFiles single = new UploadedFiles(null);
            single.files.add(new Plain(name, path, size));
            return single;
        }
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new InvalidInputException(name + " is not a readable zip archive: " + e.getMessage());
        }
        UploadedFiles source = new UploadedFiles(zip);
        try {
            long total = 0;
            int count = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (++count > limits.maxEntries()) {
                    throw new InvalidInputException(name + " has more than " + limits.maxEntries() + " entries; split it.");
                }
                if (e.isDirectory() || e.getName().startsWith("__MACOSX/") || e.getName().replaceAll("^.*/", "").startsWith(".")) {
                    continue;
                }
                if (e.getName().contains("..") || e.getName().startsWith("/")) {
                    throw new InvalidInputException(name + " holds an entry with an unsafe path: " + e.getName());
                }
                long declared = Math.max(e.getSize(), 0);
                total += declared;
                if (total > limits.maxUncompressedBytes()) {
                    throw new InvalidInputException(name + " unpacks to more than "
                            + UploadLimits.megabytes(limits.maxUncompressedBytes()) + "; it is refused.");
                }
                source.files.add(new Entry(zip, e, limits));
            }
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
        return source;
    }

    private static boolean isZip(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    @Override
    public List<ImportFile> files() {
        return files;
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }

    private record Plain(String name, Path path, long size) implements ImportFile {
        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }
    }

    private record Entry(ZipFile zip, ZipEntry entry, UploadLimits limits) implements ImportFile {
        @Override
        public String name() {
            return entry.getName();
        }

        @Override
        public long size() {
            return entry.getSize();
        }

        /** The entry's bytes, stopped when it expands beyond its declared size or the ratio limit. */
        @Override
        public InputStream open() throws IOException {
            long compressed = Math.max(entry.getCompressedSize(), 1);
            long cap = Math.min(limits.maxUncompressedBytes(), compressed * limits.maxCompressionRatio() + 65_536);
            if (entry.getSize() > cap) {
                throw new InvalidInputException(entry.getName() + " expands " + entry.getSize() / compressed
                        + "-fold; more than " + limits.maxCompressionRatio() + "-fold is refused as a zip bomb.");
            }
            return new FilterInputStream(zip.getInputStream(entry)) {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = super.read(buf, off, len);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) {
                    read += n;
                    if (read > cap) {
                        throw new InvalidInputException(entry.getName() + " expands more than "
                                + limits.maxCompressionRatio() + "-fold; it is refused as a zip bomb.");
                    }
                }
            };
        }
    }
}
