package org.claimdesk.dataset;

import java.util.zip.Deflater;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * The files of one export, written one after the other into a zip stream (or a directory, for the
 * command line). A writer asks for a file by name; asking for the open one continues it, asking for
 * another closes the open one (with its footer, e.g. the "]" of a JSON array) and starts the next
 * (with its header). Nothing is held beyond a write buffer, so an export of any size runs in
 * constant memory.
 */
public final class ExportFiles {
    /** Writes a header or footer of a file. */
    public interface Part {
        void write(Writer out) throws IOException;
    }

    /** Where the bytes of the files go. */
    private interface Target {
        OutputStream begin(String name) throws IOException;

        void end() throws IOException;

        void finish() throws IOException;
    }

    private final Target target;
    private final Set<String> written = new LinkedHashSet<>();
    private @Nullable Writer out;
    private @Nullable String current;
    private @Nullable Part footer;

    private ExportFiles(Target target) {
        this.target = target;
    }

    /** Files as entries of a zip written to {@code stream}; the zip's directory comes last, in {@link #finish()}. */
    public static ExportFiles zip(OutputStream stream) {
        ZipOutputStream zip = new ZipOutputStream(stream, StandardCharsets.UTF_8);
        // the fastest deflate: an export is bound by compression otherwise, and text still shrinks 3-5 fold
        zip.setLevel(Deflater.BEST_SPEED);
        return new ExportFiles(new Target() {
            @Override
            public OutputStream begin(String name) throws IOException {
                zip.putNextEntry(new ZipEntry(name));
                return zip;
            }

            @Override
            public void end() throws IOException {
                zip.closeEntry();
            }

            @Override
            public void finish() throws IOException {
                zip.finish();
                zip.flush();
            }
        });
    }

    /** Every file's bytes one after another into {@code stream}: for an answer that is one file. */
    public static ExportFiles stream(OutputStream stream) {
        return new ExportFiles(new Target() {
            @Override
            public OutputStream begin(String name) {
                return stream;
            }

            @Override
            public void end() throws IOException {
                stream.flush();
            }

            @Override
            public void finish() throws IOException {
                stream.flush();
            }
        });
    }

    /** Files in a directory. */
    public static ExportFiles directory(Path dir) {
        return new ExportFiles(new Target() {
            private @Nullable OutputStream file;

            @Override
            public OutputStream begin(String name) throws IOException {
                Path path = dir.resolve(name).normalize();
                if (!path.startsWith(dir)) {
                    throw new IOException("File name leaves the export directory: " + name);
                }
                Files.createDirectories(path.getParent());
                file = Files.newOutputStream(path);
                return file;
            }

            @Override
            public void end() throws IOException {
                if (file != null) {
                    file.close();
                    file = null;
                }
            }

            @Override
            public void finish() {
            }
        });
    }

    /** The open file named {@code name}, or a new one. */
    public Writer file(String name) throws IOException {
        return file(name, null, null);
    }

    public Writer file(String name, @Nullable Part header, @Nullable Part footer) throws IOException {
        if (name.equals(current) && out != null) {
            return out;
        }
        finishFile();
        if (!written.add(name)) {
            throw new IllegalStateException("File " + name + " was written already; documents must come grouped by file.");
        }
        OutputStream stream = target.begin(name);
        out = new BufferedWriter(new OutputStreamWriter(new FilterOutputStream(stream) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                stream.write(b, off, len);
            }

            @Override
            public void close() {
                // the entry is ended by finishFile, the target by finish
            }
        }, StandardCharsets.UTF_8), 1 << 16);
        current = name;
        this.footer = footer;
        if (header != null) {
            header.write(out);
        }
        return out;
    }

    /** The files written so far, in order. */
    public List<String> names() {
        return List.copyOf(written);
    }

    /** Closes the open file, writing its footer. */
    public void finishFile() throws IOException {
        if (current == null || out == null) {
            return;
        }
        if (footer != null) {
            footer.write(out);
        }
        out.flush();
        target.end();
        current = null;
        footer = null;
        out = null;
    }

    /** Closes the last file and the target: only now is a zip export a complete archive. */
    public void finish() throws IOException {
        finishFile();
        target.finish();
    }
}
