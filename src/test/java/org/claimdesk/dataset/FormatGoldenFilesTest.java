package org.claimdesk.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimdesk.dataset.format.BioesFormat;
import org.claimdesk.dataset.format.BratFormat;
import org.claimdesk.dataset.format.ClaimReviewFormat;
import org.claimdesk.dataset.format.ConllFormat;
import org.claimdesk.dataset.format.CsvFormat;
import org.claimdesk.dataset.format.DoccanoFormat;
import org.claimdesk.dataset.format.HuggingFaceFormat;
import org.claimdesk.dataset.format.JsonlFormat;
import org.claimdesk.dataset.format.LabelStudioFormat;
import org.claimdesk.dataset.format.SpacyFormat;
import org.claimdesk.dataset.format.W3cFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each format writes the golden documents exactly as its folder under
 * src/test/resources/formats/expected/ holds them. To accept a deliberate change, run with
 * {@code -Dgolden.update=true} and review the diff.
 */
class FormatGoldenFilesTest {
    static final Path EXPECTED = Path.of("src/test/resources/formats/expected");

    static Stream<FormatSupport> formats() {
        return Stream.of(new JsonlFormat(), new ConllFormat(), new BioesFormat(), new HuggingFaceFormat(),
                new SpacyFormat(), new BratFormat(), new LabelStudioFormat(), new DoccanoFormat(), new W3cFormat(),
                new ClaimReviewFormat(), new CsvFormat());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void writes_the_golden_files(FormatSupport format, @TempDir Path out) throws IOException {
        ExportFiles files = ExportFiles.directory(out);
        FormatWriter writer = format.writer(GoldenDocuments.context());
        for (ExportDocument doc : GoldenDocuments.documents()) {
            writer.write(doc, files);
        }
        if (writer instanceof FormatWriter.Finishing f) {
            f.finish(files);
        }
        files.finish();
        Path expected = EXPECTED.resolve(format.id());
        if (Boolean.getBoolean("golden.update")) {
            copyTree(out, expected);
        }
        List<String> written = relativeFiles(out);
        assertThat(written).as("files of " + format.id()).containsExactlyElementsOf(relativeFiles(expected));
        for (String name : written) {
            assertThat(Files.readString(out.resolve(name), StandardCharsets.UTF_8)).as(format.id() + "/" + name)
                    .isEqualTo(Files.readString(expected.resolve(name), StandardCharsets.UTF_8));
        }
    }

    private static List<String> relativeFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.isDirectory(to)) {
            try (Stream<Path> walk = Files.walk(to)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
