package org.claimdesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleGuesserTest {
    @Test
    void skips_short_boilerplate_lines_and_takes_the_headline() {
        String text = "Accessibility links\n\nBreaking News\n\nRussia Says In Talks With U.S. On Creating Cybersecurity Workgroup\n\nBody.";
        assertThat(TitleGuesser.guess(text)).isEqualTo("Russia Says In Talks With U.S. On Creating Cybersecurity Workgroup");
    }

    @Test
    void falls_back_to_the_first_line_shortened() {
        assertThat(TitleGuesser.guess("Short.\nAlso short.")).isEqualTo("Short.");
        assertThat(TitleGuesser.guess("x".repeat(300) + ".")).hasSize(120).endsWith("...");
    }
}
