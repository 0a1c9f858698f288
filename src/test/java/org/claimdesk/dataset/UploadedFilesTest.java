package org.claimdesk.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.claimdesk.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upload and archive limits: each refusal says what was too much. */
class UploadedFilesTest {
    static final UploadLimits SMALL = new UploadLimits(4_096, 3, 20_000, 100);

    @TempDir
    Path dir;

    Path zip(String... namesAndContents) throws IOException {
        Path file = dir.resolve("upload-" + System.nanoTime() + ".zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndContents[i]));
                z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return file;
    }

    @Test
    void refuses_an_upload_over_the_size_limit() throws IOException {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "x".repeat(5_000));
        assertThatThrownBy(() -> UploadedFiles.open("big.txt", big, SMALL)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("big.txt is 0.0 MB; the upload limit is 0.0 MB");
    }

    @Test
    void refuses_too_many_entries_and_unsafe_paths() throws IOException {
        Path many = zip("a.txt", "a", "b.txt", "b", "c.txt", "c", "d.txt", "d");
        assertThatThrownBy(() -> UploadedFiles.open("many.zip", many, SMALL)).hasMessageContaining("more than 3 entries");
        Path escape = zip("../../etc/passwd.txt", "x");
        assertThatThrownBy(() -> UploadedFiles.open("escape.zip", escape, SMALL)).hasMessageContaining("unsafe path");
    }

    @Test
    void stops_an_entry_that_expands_like_a_zip_bomb_while_it_is_read() throws IOException {
        Path bomb = zip("bomb.txt", "a".repeat(3_000_000));
        assertThatThrownBy(() -> {
            try (UploadedFiles files = UploadedFiles.open("bomb.zip", bomb, new UploadLimits(1 << 20, 10, 100_000_000, 100));
                 InputStream in = files.files().getFirst().open()) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }).isInstanceOf(InvalidInputException.class).hasMessageContaining("zip bomb");
    }

    @Test
    void refuses_an_archive_that_unpacks_beyond_the_total_limit() throws IOException {
        Path large = zip("a.txt", "a".repeat(15_000), "b.txt", "b".repeat(15_000));
        assertThatThrownBy(() -> UploadedFiles.open("large.zip", large, SMALL)).hasMessageContaining("unpacks to more than");
    }

    @Test
    void reads_a_plain_file_and_a_zip_within_the_limits_skipping_hidden_entries() throws IOException {
        Path ok = zip("docs/a.txt", "Alpha.", "__MACOSX/docs/._a.txt", "junk", "docs/.hidden", "x");
        try (UploadedFiles files = UploadedFiles.open("ok.zip", ok, SMALL)) {
            assertThat(files.files()).extracting(ImportSource.ImportFile::name).containsExactly("docs/a.txt");
            assertThat(files.files().getFirst().text()).isEqualTo("Alpha.");
        }
        Path plain = dir.resolve("b.txt");
        Files.writeString(plain, "\uFEFFBeta.");
        try (UploadedFiles files = UploadedFiles.open("b.txt", plain, SMALL)) {
            assertThat(files.files().getFirst().text()).isEqualTo("Beta.");
        }
    }
}
