package org.claimdesk.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.claimdesk.dataset.format.JsonlFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export cut off halfway (the client went away, the disk filled up) never leaves a file that
 * looks complete: a zip gets its directory only at the very end, so what was written is no
 * readable archive.
 */
class InterruptedExportTest {
    @TempDir
    Path dir;

    @Test
    void a_zip_cut_off_before_the_end_is_not_a_readable_archive() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written.size() + len > 2_000) {
                    throw new IOException("connection reset");
                }
                written.write(b, off, len);
            }
        };
        ExportFiles files = ExportFiles.zip(failing);
        FormatWriter writer = new JsonlFormat().writer(GoldenDocuments.context());
        assertThatThrownBy(() -> {
            ExportDocument train = GoldenDocuments.documents().getFirst();
            for (int i = 0; i < 2_000; i++) {
                writer.write(train, files);
            }
            files.finish();
        }).hasStackTraceContaining("connection reset");

        Path partial = dir.resolve("partial.zip");
        Files.write(partial, written.toByteArray());
        assertThat(written.size()).isPositive();
        assertThatThrownBy(() -> new ZipFile(partial.toFile()).close()).isInstanceOf(ZipException.class);
    }

    @Test
    void a_finished_zip_is_readable() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFiles files = ExportFiles.zip(out);
        FormatWriter writer = new JsonlFormat().writer(GoldenDocuments.context());
        for (ExportDocument doc : GoldenDocuments.documents()) {
            writer.write(doc, files);
        }
        files.finish();
        Path done = dir.resolve("done.zip");
        Files.write(done, out.toByteArray());
        try (ZipFile zip = new ZipFile(done.toFile())) {
            assertThat(zip.size()).isEqualTo(2);
        }
    }
}
