package org.claimdesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void turns_crlf_and_lone_cr_into_lf() {
        assertThat(TextNormalizer.normalize("a\r\nb\rc\nd")).isEqualTo("a\nb\nc\nd");
    }

    @Test
    void composes_combining_marks_to_nfc() {
        assertThat(TextNormalizer.normalize("Cafe\u0301 s\u030C")).isEqualTo("Caf\u00E9 \u0161");
    }

    @Test
    void drops_a_leading_byte_order_mark_only() {
        assertThat(TextNormalizer.normalize("\uFEFFtext\uFEFF")).isEqualTo("text\uFEFF");
    }

    @Test
    void keeps_emoji_zwj_sequences_and_rtl_text_unchanged() {
        String text = "👨‍👩‍👧 family · שלום · مرحبا · 漢字";
        assertThat(TextNormalizer.normalize(text)).isEqualTo(text);
    }

    @Test
    void sha256_is_of_the_utf8_bytes_in_lowercase_hex() {
        // sha256("abc") from FIPS 180-2, appendix B.1
        assertThat(TextNormalizer.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
