package org.claimdesk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.claimdesk.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class TextMappingTest {
    @Test
    void maps_offsets_past_crlf_and_decomposed_accents_onto_the_normalized_text() {
        String raw = "Cafe\u0301\r\nsaid \uD83D\uDE00 no.";
        TextMapping m = TextMapping.of(raw);
        assertThat(m.normalized()).isEqualTo("Caf\u00e9\nsaid \uD83D\uDE00 no.");
        int said = raw.codePointCount(0, raw.indexOf("said"));
        assertThat(m.fromCodePoint(said)).isEqualTo(5);
        assertThat(m.fromUtf16(raw.indexOf("no"))).isEqualTo(12);
    }

    @Test
    void refuses_an_offset_between_cr_and_lf_or_before_a_combining_mark() {
        TextMapping m = TextMapping.of("Cafe\u0301\r\nx");
        assertThatThrownBy(() -> m.fromCodePoint(4)).isInstanceOf(InvalidInputException.class).hasMessageContaining("inside");
        assertThatThrownBy(() -> m.fromCodePoint(6)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> m.fromUtf16(99)).isInstanceOf(InvalidInputException.class).hasMessageContaining("outside");
    }

    @Test
    void leaves_normalized_text_as_it_is() {
        TextMapping m = TextMapping.of("plain \uD83D\uDE00 text");
        assertThat(m.fromCodePoint(8)).isEqualTo(8);
        assertThatThrownBy(() -> m.fromUtf16(7)).hasMessageContaining("surrogate");
    }
}
