package org.claimdesk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimdesk.project.SchemaTemplate;
import org.claimdesk.suggestion.tagger.GoldDocument;
import org.claimdesk.suggestion.tagger.SpanEvaluation;
import org.claimdesk.suggestion.tagger.TaggerModel;
import org.claimdesk.suggestion.tagger.TaggerSettings;
import org.junit.jupiter.api.Test;

/**
 * The learned tagger against the attribution rules on articles neither has seen: trained on 40
 * generated articles, evaluated on 12 others written from another seed.
 */
class LearnedTaggerTest {
    static final List<String> LABELS = List.of("ATTRIBUTION", "CLAIM", "DENIAL");

    @Test
    void a_model_trained_on_forty_gold_articles_beats_the_rules_on_held_out_articles() {
        List<GoldDocument> train = GeneratedNews.corpus(1, 40);
        List<GoldDocument> heldOut = GeneratedNews.corpus(2, 12);
        long started = System.nanoTime();
        TaggerModel model = TaggerModel.train(train, LABELS, TaggerSettings.DEFAULT, () -> false);
        System.out.printf("trained on %d articles in %d ms%n", train.size(), (System.nanoTime() - started) / 1_000_000);
        SpanEvaluation learned = new SpanEvaluation();
        SpanEvaluation rules = new SpanEvaluation();
        SuggestionEngine ruleEngine = new AttributionRulesEngine();
        for (GoldDocument d : heldOut) {
            learned.add(d.spans(), model.predict(d.text()).spans(), LABELS);
            rules.add(d.spans(), ruleEngine.predict(d.text(), SchemaTemplate.FACT_CHECK.schema(), ruleEngine.builtIn().orElseThrow()).spans(), LABELS);
        }
        print("learned", learned);
        print("rules", rules);
        assertThat(learned.all().exactScore().f1()).isGreaterThan(rules.all().exactScore().f1());
        assertThat(learned.all().overlapScore().f1()).isGreaterThan(rules.all().overlapScore().f1());
        assertThat(learned.counts().get("CLAIM").exactScore().f1()).isGreaterThan(0.8);
    }

    @Test
    void a_model_read_back_from_its_bytes_predicts_the_same_linked_spans() {
        TaggerModel model = TaggerModel.train(GeneratedNews.corpus(3, 15), LABELS, TaggerSettings.DEFAULT, () -> false);
        String text = GeneratedNews.corpus(4, 1).getFirst().text();
        SuggestionEngine.Prediction p = model.predict(text);
        assertThat(p.links()).isNotEmpty();
        assertThat(p.links()).anySatisfy(l -> assertThat(l.type()).isEqualTo("ATTRIBUTED_TO"));
        assertThat(TaggerModel.read(model.bytes()).predict(text)).isEqualTo(p);
    }

    @Test
    void rejected_suggestions_in_documents_without_gold_teach_the_model_what_not_to_propose() {
        List<GoldDocument> gold = GeneratedNews.corpus(6, 20);
        // reviewers reject every attribution with "believes" in 30 documents that have no gold layer
        List<GoldDocument> rejected = new java.util.ArrayList<>();
        for (GoldDocument d : GeneratedNews.corpus(7, 30)) {
            List<GoldDocument.GoldSpan> no = d.spans().stream().filter(x -> x.label().equals("ATTRIBUTION")
                    && d.text().substring(x.start(), x.end()).endsWith("believes")).toList();
            rejected.add(GoldDocument.rejections(d.id(), d.text(), no));
        }
        List<GoldDocument> both = new java.util.ArrayList<>(gold);
        both.addAll(rejected);
        TaggerModel plain = TaggerModel.train(gold, LABELS, TaggerSettings.DEFAULT, () -> false);
        TaggerModel taught = TaggerModel.train(both, LABELS, TaggerSettings.DEFAULT, () -> false);
        int before = 0;
        int after = 0;
        for (GoldDocument d : GeneratedNews.corpus(8, 10)) {
            before += believes(plain, d.text());
            after += believes(taught, d.text());
        }
        System.out.printf("attributions ending in 'believes': %d without rejections, %d with%n", before, after);
        assertThat(before).isPositive();
        assertThat(after).as("rejections take at least a third of them away").isLessThanOrEqualTo(before * 2 / 3);
    }

    private static int believes(TaggerModel model, String text) {
        return (int) model.predict(text).spans().stream().filter(x -> x.label().equals("ATTRIBUTION")
                && text.substring(x.start(), x.end()).endsWith("believes")).count();
    }

    @Test
    void cancelling_stops_training_between_labels() {
        int[] asked = {0};
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TaggerModel.train(GeneratedNews.corpus(5, 3), LABELS,
                TaggerSettings.DEFAULT, () -> ++asked[0] > 1)).isInstanceOf(TaggerModel.Cancelled.class);
        assertThat(asked[0]).isEqualTo(2);
    }

    static void print(String name, SpanEvaluation e) {
        e.counts().forEach((label, c) -> System.out.printf("%-8s %-12s exact P %.2f R %.2f F1 %.2f | overlap P %.2f R %.2f F1 %.2f%n",
                name, label, c.exactScore().p(), c.exactScore().r(), c.exactScore().f1(),
                c.overlapScore().p(), c.overlapScore().r(), c.overlapScore().f1()));
    }
}
