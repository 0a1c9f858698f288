package org.claimdesk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.claimdesk.base.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Offsets in code points (storage, API) against UTF-16 units (Java, browser). */
class TextOffsetsTest {
    // 😀 is one code point and two UTF-16 units; 👩‍💻 is three code points (woman, ZWJ, laptop)
    // in five UTF-16 units; é here is e + U+0301, two code points that form one grapheme.
    private static final String TEXT = "A😀b 👩‍💻 e\u0301 שלום 漢字\nend";

    @Test
    void counts_code_points_not_utf16_units() {
        TextOffsets offsets = new TextOffsets(TEXT);
        assertThat(TEXT.length()).isEqualTo(25);
        assertThat(offsets.lengthInCodePoints()).isEqualTo(22);
    }

    @Test
    void converts_both_ways_around_an_emoji() {
        TextOffsets offsets = new TextOffsets(TEXT);
        assertThat(offsets.toUtf16(1)).isEqualTo(1);  // before 😀
        assertThat(offsets.toUtf16(2)).isEqualTo(3);  // after 😀
        assertThat(offsets.toCodePoint(3)).isEqualTo(2);
        assertThat(offsets.substring(1, 2)).isEqualTo("😀");
    }

    @Test
    void substring_by_code_points_equals_python_slicing() {
        TextOffsets offsets = new TextOffsets(TEXT);
        // Python: "A😀b 👩‍💻 e\u0301 שלום 漢字\nend"[4:7] == "👩‍💻"
        assertThat(offsets.substring(4, 7)).isEqualTo("👩‍💻");
        assertThat(offsets.substring(8, 10)).isEqualTo("e\u0301");
        assertThat(offsets.substring(11, 15)).isEqualTo("שלום");
        assertThat(offsets.substring(16, 18)).isEqualTo("漢字");
        assertThat(offsets.substring(19, 22)).isEqualTo("end");
    }

    @Test
    void the_character_at_a_code_point_offset_is_a_whole_emoji_and_rtl_and_combining_marks_count_alone() {
        TextOffsets t = new TextOffsets("a😀\u0645\u0631e\u0301\n");
        assertThat(t.characterAt(1)).isEqualTo("😀".codePointAt(0));
        assertThat(t.characterAt(2)).isEqualTo(0x0645);
        assertThat(t.characterAt(5)).isEqualTo(0x0301);
        assertThat(t.characterAt(6)).isEqualTo('\n');
        assertThatThrownBy(() -> t.characterAt(7)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> t.characterAt(8)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rejects_a_utf16_offset_inside_a_surrogate_pair() {
        TextOffsets offsets = new TextOffsets(TEXT);
        assertThatThrownBy(() -> offsets.toCodePoint(2))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("surrogate pair");
    }

    @Test
    void rejects_offsets_outside_the_text() {
        TextOffsets offsets = new TextOffsets(TEXT);
        assertThatThrownBy(() -> offsets.toUtf16(23)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> offsets.toCodePoint(-1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void knows_grapheme_boundaries_of_zwj_sequences_and_combining_marks() {
        TextOffsets offsets = new TextOffsets(TEXT);
        assertThat(offsets.isGraphemeBoundary(4)).isTrue();   // before 👩‍💻
        assertThat(offsets.isGraphemeBoundary(5)).isFalse();  // between 👩 and ZWJ
        assertThat(offsets.isGraphemeBoundary(6)).isFalse();  // between ZWJ and 💻
        assertThat(offsets.isGraphemeBoundary(7)).isTrue();
        assertThat(offsets.isGraphemeBoundary(9)).isFalse();  // between e and U+0301
        assertThat(offsets.isGraphemeBoundary(22)).isTrue();  // end of text
    }

    @Test
    void text_that_had_crlf_counts_one_unit_per_line_break_after_normalization() {
        String text = TextNormalizer.normalize("one\r\ntwo\r\n😀");
        TextOffsets offsets = new TextOffsets(text);
        assertThat(offsets.substring(4, 7)).isEqualTo("two");
        assertThat(offsets.substring(8, 9)).isEqualTo("😀");
        assertThat(offsets.lengthInCodePoints()).isEqualTo(9);
    }
}
