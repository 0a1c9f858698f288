package org.claimdesk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.project.SchemaTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every engine of the registry, found the way Spring finds them, predicts on the seed article in
 * the default and the attribution schema exactly what src/test/resources/suggestion/expected/ID.txt
 * holds: one line a span (group, label, offsets, score, text) and one a link. An engine that learns is
 * first trained on 20 generated articles. To accept a deliberate change, run with
 * {@code -Dgolden.update=true} and review the diff.
 */
class SuggestionEngineGoldenFilesTest {
    static final Path EXPECTED = Path.of("src/test/resources/suggestion/expected");

    static Stream<SuggestionEngine> engines() throws Exception {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AssignableTypeFilter(SuggestionEngine.class));
        List<SuggestionEngine> found = new ArrayList<>();
        for (BeanDefinition d : scan.findCandidateComponents("org.claimdesk.suggestion")) {
            Constructor<?> c = Class.forName(d.getBeanClassName()).getDeclaredConstructor();
            c.setAccessible(true);
            found.add((SuggestionEngine) c.newInstance());
        }
        assertThat(found).isNotEmpty();
        return found.stream();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void an_engine_proposes_on_the_seed_article_what_its_golden_file_holds(SuggestionEngine engine) throws Exception {
        String text = AttributionRulesTest.seed();
        StringBuilder b = new StringBuilder();
        for (SchemaTemplate template : List.of(SchemaTemplate.FACT_CHECK, SchemaTemplate.ATTRIBUTION)) {
            LabelSchema schema = template.schema();
            b.append("# schema ").append(template.id()).append('\n');
            if (!engine.supports(schema)) {
                b.append("(not supported)\n");
                continue;
            }
            // an engine that learns is trained first, on generated articles with their gold (GeneratedNews)
            SuggestionEngine.Model model = engine.builtIn()
                    .orElseGet(() -> engine.train(GeneratedNews.corpus(1, 20), schema, () -> false));
            SuggestionEngine.Prediction p = engine.predict(text, schema, model);
            for (int i = 0; i < p.spans().size(); i++) {
                SuggestionEngine.Span s = p.spans().get(i);
                int from = text.offsetByCodePoints(0, s.start());
                int to = text.offsetByCodePoints(0, s.end());
                b.append("S%d g%d %s %d-%d %.2f %s%n".formatted(i, s.group(), s.label(), s.start(), s.end(), s.score(),
                        text.substring(from, to).replace('\n', ' ')));
            }
            for (SuggestionEngine.Link l : p.links()) {
                b.append("L g%d %s S%d -> S%d %.2f%n".formatted(l.group(), l.type(), l.from(), l.to(), l.score()));
            }
        }
        Path file = EXPECTED.resolve(engine.id() + ".txt");
        if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
            Files.createDirectories(EXPECTED);
            Files.writeString(file, b.toString());
        }
        assertThat(b.toString()).isEqualTo(Files.readString(file));
    }
}
