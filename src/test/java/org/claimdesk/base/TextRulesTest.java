package org.claimdesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextRulesTest {
    @Test
    void a_name_is_stripped_and_keeps_letters_of_any_script_and_emoji() {
        assertThat(TextRules.name("project name", "  Élection 2026 · مشروع 👩‍👩‍👧 ", 200))
                .isEqualTo("Élection 2026 · مشروع 👩‍👩‍👧");
    }

    @Test
    void a_name_refuses_control_and_bidi_override_characters_naming_the_field_and_position() {
        for (String bad : new String[] {"a\u0000b", "bell\u0007", "esc\u001b[31m", "two\nlines", "\u202Efdp.exe", "x\u2066y"}) {
            assertThatThrownBy(() -> TextRules.name("project name", bad, 200))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("project name");
                        assertThat(e.getMessage()).startsWith("Project name may not contain U+").contains("at character");
                    });
        }
    }

    @Test
    void a_name_counts_characters_not_utf16_units() {
        assertThat(TextRules.name("token name", "😀".repeat(100), 100)).hasSize(200);
        assertThatThrownBy(() -> TextRules.name("token name", "😀".repeat(101), 100))
                .hasMessage("Token name needs 1 to 100 characters.");
        assertThatThrownBy(() -> TextRules.name("token name", "   ", 100)).hasMessage("Token name needs 1 to 100 characters.");
    }

    @Test
    void free_text_keeps_line_breaks_and_rtl_but_refuses_nul() {
        assertThat(TextRules.freeText("note", "line one\r\nשורה שתיים\t\u202Bx", 100)).contains("\r\n");
        assertThatThrownBy(() -> TextRules.freeText("note", "ok\u0000", 100))
                .hasMessage("Note may not contain U+0000 (null) (at character 2).");
    }

    @Test
    void half_a_surrogate_pair_is_refused_with_its_offset_and_a_whole_pair_is_not() {
        assertThat(TextRules.wellFormed("text", "a😀b")).isEqualTo("a😀b");
        assertThatThrownBy(() -> TextRules.wellFormed("text", "ab\uD83D"))
                .hasMessageContaining("U+D83D at UTF-16 offset 2");
        assertThatThrownBy(() -> TextRules.wellFormed("text", "\uDE00ab"))
                .hasMessageContaining("U+DE00 at UTF-16 offset 0");
    }

    @Test
    void names_that_differ_only_in_case_or_by_zero_width_characters_compare_equal() {
        assertThat(TextRules.comparable("SecA-\u200b1")).isEqualTo(TextRules.comparable("seca-1"));
        assertThat(TextRules.comparable("SecA-2")).isNotEqualTo(TextRules.comparable("SecA-1"));
    }

    @Test
    void names_that_collide_are_grouped_and_distinct_ones_are_not() {
        assertThat(TextRules.collisions(List.of("SecA-1", "Demo", "seca-\u200b1", "Other", "DEMO", "SecA-2")))
                .containsExactly(List.of("DEMO", "Demo"), List.of("SecA-1", "seca-\u200b1"));
        assertThat(TextRules.collisions(List.of("a", "b"))).isEmpty();
    }

    @Test
    void a_message_quotes_at_most_a_short_prefix() {
        assertThat(TextRules.quote("x".repeat(1_000_000))).hasSize(TextRules.QUOTE + 3).endsWith("…'");
        assertThat(TextRules.quote("short")).isEqualTo("'short'");
    }
}
