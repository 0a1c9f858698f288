package org.claimdesk.dataset;

import java.util.ArrayList;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.dataset.TextTokenizer.Token;
import org.junit.jupiter.api.Test;

class TokenTaggerTest {
    // "a b c d e" as one sentence of five tokens at code points 0, 2, 4, 6, 8
    static final List<List<Token>> ONE_SENTENCE = List.of(List.of(new Token("a", 0, 1), new Token("b", 2, 3),
            new Token("c", 4, 5), new Token("d", 6, 7), new Token("e", 8, 9)));
    static final List<String> ORDER = List.of("CLAIM", "ATTRIBUTION", "DENIAL");

    static ExportSpan span(String label, int... bounds) {
        List<Fragment> f = new ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            f.add(new Fragment(bounds[i], bounds[i + 1]));
        }
        return new ExportSpan("T", label, f, "", "gold", null, null);
    }

    @Test
    void the_longer_span_wins_and_the_overlapping_one_is_dropped_whole() {
        var tagged = TokenTagger.tag(ONE_SENTENCE, List.of(span("DENIAL", 4, 9), span("CLAIM", 0, 5)), ORDER,
                TokenTagger.Scheme.IOB2);
        assertThat(tagged.tags().getFirst()).containsExactly("B-CLAIM", "I-CLAIM", "I-CLAIM", "O", "O");
        assertThat(tagged.dropped()).isEqualTo(1);
    }

    @Test
    void on_equal_length_the_schema_order_decides_then_the_earlier_start() {
        var byOrder = TokenTagger.tag(ONE_SENTENCE, List.of(span("DENIAL", 2, 5), span("CLAIM", 2, 5)), ORDER,
                TokenTagger.Scheme.IOB2);
        assertThat(byOrder.tags().getFirst()).containsExactly("O", "B-CLAIM", "I-CLAIM", "O", "O");
        var byStart = TokenTagger.tag(ONE_SENTENCE, List.of(span("CLAIM", 4, 7), span("CLAIM", 2, 5)), ORDER,
                TokenTagger.Scheme.IOB2);
        assertThat(byStart.tags().getFirst()).containsExactly("O", "B-CLAIM", "I-CLAIM", "O", "O");
    }

    @Test
    void a_span_ending_inside_a_token_covers_the_whole_token_and_fragments_are_entities_of_their_own() {
        List<List<Token>> words = List.of(List.of(new Token("ab", 0, 2), new Token("cd", 3, 5), new Token("ef", 6, 8),
                new Token("gh", 9, 11)));
        var tagged = TokenTagger.tag(words, List.of(span("CLAIM", 1, 4, 10, 11)), ORDER, TokenTagger.Scheme.BIOES);
        assertThat(tagged.tags().getFirst()).containsExactly("B-CLAIM", "E-CLAIM", "O", "S-CLAIM");
    }

    @Test
    void a_span_over_a_sentence_break_starts_anew_in_the_next_sentence() {
        List<List<Token>> two = List.of(List.of(new Token("a", 0, 1), new Token("b", 2, 3)),
                List.of(new Token("c", 4, 5), new Token("d", 6, 7)));
        var tagged = TokenTagger.tag(two, List.of(span("CLAIM", 2, 5)), ORDER, TokenTagger.Scheme.IOB2);
        assertThat(tagged.tags()).containsExactly(List.of("O", "B-CLAIM"), List.of("B-CLAIM", "O"));
    }

    @Test
    void tag_ids_follow_the_schema_order() {
        assertThat(TokenTagger.tagNames(List.of("CLAIM", "DENIAL"), TokenTagger.Scheme.IOB2))
                .containsExactly("O", "B-CLAIM", "I-CLAIM", "B-DENIAL", "I-DENIAL");
    }
}
