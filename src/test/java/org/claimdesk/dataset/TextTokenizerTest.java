package org.claimdesk.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimdesk.document.TextOffsets;
import org.junit.jupiter.api.Test;

class TextTokenizerTest {
    @Test
    void keeps_emoji_zwj_sequences_and_combining_marks_inside_one_token_with_code_point_offsets() {
        String text = "Hi \uD83D\uDC69\u200D\uD83D\uDCBB q\u0307uiet. \u6771\u4eac said it.";
        List<List<TextTokenizer.Token>> sentences = new TextTokenizer().sentences(new TextOffsets(text));
        List<String> tokens = sentences.stream().flatMap(List::stream).map(TextTokenizer.Token::text).toList();
        assertThat(tokens).contains("\uD83D\uDC69\u200D\uD83D\uDCBB", "q\u0307uiet", "\u6771\u4eac");
        int[] cps = text.codePoints().toArray();
        for (TextTokenizer.Token t : sentences.stream().flatMap(List::stream).toList()) {
            assertThat(new String(cps, t.start(), t.end() - t.start())).isEqualTo(t.text());
        }
        assertThat(sentences).hasSize(2);
    }
}
