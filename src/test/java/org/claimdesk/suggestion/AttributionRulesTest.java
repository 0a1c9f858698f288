package org.claimdesk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The attribution rules checked against texts annotated by hand, not against their own output:
 * per label, a proposed span counts when it overlaps a reference span of its label (precision), and
 * a reference span when a proposal of its label overlaps it (recall).
 */
class AttributionRulesTest {
    static String seed() throws Exception {
        return Files.readString(Path.of("seeds/000_8558d2e5bc5d2c06.txt"));
    }

    static String harbour() throws Exception {
        try (var in = AttributionRulesTest.class.getResourceAsStream("/suggestion/harbour.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_rules_find_the_seed_articles_claims_attributions_and_denials() throws Exception {
        assertGoodEnough(ReferenceAnnotations.load(seed(), "seed.reference.tsv"));
    }

    @Test
    void the_rules_find_them_in_a_text_they_were_not_written_for() throws Exception {
        assertGoodEnough(ReferenceAnnotations.load(harbour(), "harbour.reference.tsv"));
    }

    private static void assertGoodEnough(ReferenceAnnotations ref) {
        Proposals found = AttributionRules.find(ref.text());
        Map<String, double[]> scores = overlapScores(ref, found);
        scores.forEach((label, pr) -> System.out.printf("%-12s overlap precision %.2f recall %.2f%n", label, pr[0], pr[1]));
        exactScores(ref, found).forEach((label, pr) ->
                System.out.printf("%-12s exact   precision %.2f recall %.2f%n", label, pr[0], pr[1]));
        assertThat(scores).containsKeys("CLAIM", "ATTRIBUTION", "DENIAL");
        scores.forEach((label, pr) -> {
            assertThat(pr[1]).as(label + " recall").isGreaterThanOrEqualTo(0.8);
            assertThat(pr[0]).as(label + " precision").isGreaterThanOrEqualTo(0.6);
        });
    }

    /** label -> {precision, recall} by overlap. */
    static Map<String, double[]> overlapScores(ReferenceAnnotations ref, Proposals found) {
        Map<String, double[]> out = new TreeMap<>();
        for (String label : List.of("CLAIM", "ATTRIBUTION", "DENIAL")) {
            List<ReferenceAnnotations.Span> gold = ref.spans().values().stream().filter(s -> s.label().equals(label)).toList();
            List<Proposals.Item> mine = found.items().stream().filter(i -> i.kind().name().equals(label)).toList();
            long hits = mine.stream().filter(m -> gold.stream().anyMatch(g -> overlaps(g, m))).count();
            long recalled = gold.stream().filter(g -> mine.stream().anyMatch(m -> overlaps(g, m))).count();
            for (Proposals.Item m : mine) {
                if (gold.stream().noneMatch(g -> overlaps(g, m))) {
                    System.out.println("  extra " + label + ": " + m.range().of(ref.text()));
                }
            }
            for (ReferenceAnnotations.Span g : gold) {
                if (mine.stream().noneMatch(m -> overlaps(g, m))) {
                    System.out.println("  missed " + label + ": " + ref.text().substring(g.start(), g.end()));
                }
            }
            out.put(label, new double[] {mine.isEmpty() ? 0 : (double) hits / mine.size(),
                    gold.isEmpty() ? 1 : (double) recalled / gold.size()});
        }
        return out;
    }

    /** label -> {precision, recall} when the boundaries must match, a final full stop aside. */
    static Map<String, double[]> exactScores(ReferenceAnnotations ref, Proposals found) {
        Map<String, double[]> out = new TreeMap<>();
        for (String label : List.of("CLAIM", "ATTRIBUTION", "DENIAL")) {
            List<ReferenceAnnotations.Span> gold = ref.spans().values().stream().filter(s -> s.label().equals(label)).toList();
            List<Proposals.Item> mine = found.items().stream().filter(i -> i.kind().name().equals(label)).toList();
            long hits = mine.stream().filter(m -> gold.stream().anyMatch(g -> same(ref.text(), g, m))).count();
            out.put(label, new double[] {mine.isEmpty() ? 0 : (double) hits / mine.size(),
                    gold.isEmpty() ? 1 : (double) hits / gold.size()});
        }
        return out;
    }

    private static boolean same(String text, ReferenceAnnotations.Span g, Proposals.Item m) {
        TextUnits.Range a = TextUnits.clause(text, g.start(), g.end());
        TextUnits.Range b = TextUnits.clause(text, m.range().start(), m.range().end());
        return a.equals(b);
    }

    static boolean overlaps(ReferenceAnnotations.Span g, Proposals.Item m) {
        return m.range().start() < g.end() && g.start() < m.range().end();
    }
}
