package org.claimdesk.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.document.TextOffsets;
import org.junit.jupiter.api.Test;

class SpanTextTest {
    // code points: "The talks are underway," = 0..23, then " Krutskikh said, " then "“nobody 👩‍💻 denies e\u0301”"
    private static final String TEXT = "\"The talks are underway,\" Krutskikh said, \"nobody 👩‍💻 denies e\u0301\"";
    private final TextOffsets text = new TextOffsets(TEXT);

    @Test
    void accepts_a_discontinuous_claim_and_joins_its_fragment_texts() {
        List<Fragment> frags = SpanText.normalize(List.of(new Fragment(43, 49), new Fragment(1, 24)), text);
        assertThat(frags).containsExactly(new Fragment(1, 24), new Fragment(43, 49));
        assertThat(SpanText.coveredText(frags, text)).isEqualTo("The talks are underway," + SpanText.FRAGMENT_JOINER + "nobody");
    }

    @Test
    void merges_overlapping_and_touching_fragments() {
        List<Fragment> frags = SpanText.normalize(List.of(new Fragment(1, 5), new Fragment(4, 9), new Fragment(9, 13)), text);
        assertThat(frags).containsExactly(new Fragment(1, 13));
    }

    @Test
    void rejects_a_span_outside_the_text() {
        int len = text.lengthInCodePoints();
        assertThatThrownBy(() -> SpanText.normalize(List.of(new Fragment(len - 2, len + 1)), text))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("outside the text");
    }

    @Test
    void rejects_an_empty_or_reversed_span() {
        assertThatThrownBy(() -> SpanText.normalize(List.of(new Fragment(5, 5)), text))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> SpanText.normalize(List.of(new Fragment(6, 5)), text))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SpanText.normalize(List.of(), text))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rejects_a_span_of_only_whitespace() {
        assertThatThrownBy(() -> SpanText.normalize(List.of(new Fragment(4, 5)), text))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("whitespace");
    }

    @Test
    void rejects_a_span_that_splits_a_zwj_sequence() {
        int woman = TEXT.codePointCount(0, TEXT.indexOf("👩"));
        assertThatThrownBy(() -> SpanText.normalize(List.of(new Fragment(woman, woman + 1)), text))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("splits a character");
        assertThat(SpanText.coveredText(SpanText.normalize(List.of(new Fragment(woman, woman + 3)), text), text))
                .isEqualTo("👩‍💻");
    }

    @Test
    void rejects_a_span_that_cuts_a_letter_from_its_combining_mark() {
        int e = TEXT.codePointCount(0, TEXT.indexOf("e\u0301"));
        assertThatThrownBy(() -> SpanText.normalize(List.of(new Fragment(e, e + 1)), text))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("splits a character");
    }
}
