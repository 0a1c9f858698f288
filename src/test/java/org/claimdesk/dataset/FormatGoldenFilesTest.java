package org.claimdesk.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.claimdesk.annotation.Fragment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every format of the registry, found the way Spring finds them (a new format cannot escape):
 * each writer writes the golden documents exactly as its folder under
 * src/test/resources/formats/expected/ holds them, and each reader reads its golden input (the
 * folder under formats/read/ID/input, else the writer's expected files) into exactly the documents,
 * spans, relations and problems of formats/read/ID.json. To accept a deliberate change, run with
 * {@code -Dgolden.update=true} and review the diff.
 */
class FormatGoldenFilesTest {
    static final Path EXPECTED = Path.of("src/test/resources/formats/expected");
    static final Path READ = Path.of("src/test/resources/formats/read");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The formats as the application's registry gets them: every FormatSupport component. */
    static FormatRegistry registry() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AssignableTypeFilter(FormatSupport.class));
        List<FormatSupport> found = new ArrayList<>();
        for (BeanDefinition d : scan.findCandidateComponents("org.claimdesk.dataset")) {
            try {
                found.add((FormatSupport) Class.forName(d.getBeanClassName()).getConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(d.getBeanClassName(), e);
            }
        }
        return new FormatRegistry(found);
    }

    static Stream<FormatSupport> writers() {
        return registry().all().stream().filter(FormatSupport::canWrite);
    }

    static Stream<FormatSupport> readers() {
        return registry().all().stream().filter(FormatSupport::canRead);
    }

    @Test
    void the_registry_holds_every_format_the_readme_lists() {
        assertThat(registry().all()).extracting(FormatSupport::id).contains("jsonl", "conll", "bioes", "hf", "spacy",
                "brat", "labelstudio", "doccano", "w3c", "claimreview", "csv", "txt", "html");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void reads_the_golden_input(FormatSupport format) throws IOException {
        Path input = Files.isDirectory(READ.resolve(format.id()).resolve("input"))
                ? READ.resolve(format.id()).resolve("input") : EXPECTED.resolve(format.id());
        assertThat(input).as("golden input of reader " + format.id()).isDirectory();
        List<Object> read = new ArrayList<>();
        format.reader().read(new DirectorySource(input), new ImportSink() {
            @Override
            public void document(ImportedDocument d) {
                read.add(d);
            }

            @Override
            public void problem(String file, int line, String reason) {
                read.add(Map.of("problem", file + ":" + line + ": " + reason));
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        String actual = JSON.writeValueAsString(read) + "\n";
        Path expected = READ.resolve(format.id() + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(READ);
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(expected).as("golden reading of " + format.id()).exists();
        assertThat(actual).as(format.id()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        for (Object o : read) {
            if (o instanceof ImportedDocument d && d.text() != null) {
                for (ImportedDocument.ImportedSpan span : d.spans()) {
                    for (Fragment f : span.fragments()) {
                        assertThat(f.start()).as(format.id() + " fragment inside the text").isLessThan(f.end());
                    }
                }
            }
        }
    }

    /** The files under a folder, named by their path in it, as an upload's are. */
    private record DirectorySource(Path dir) implements ImportSource {
        @Override
        public List<ImportFile> files() {
            try {
                return relativeFiles(dir).stream().map(name -> (ImportFile) new ImportFile() {
                    @Override
                    public String name() {
                        return name;
                    }

                    @Override
                    public long size() {
                        try {
                            return Files.size(dir.resolve(name));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    @Override
                    public InputStream open() throws IOException {
                        return Files.newInputStream(dir.resolve(name));
                    }
                }).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
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
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
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
