package org.claimdesk.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuidelinesTest {
    @Test
    void markdown_is_rendered_and_raw_html_is_shown_as_text() {
        String html = Guidelines.toHtml("# Claims\n\nTag **checkable** facts. <script>alert(1)</script><img src=x onerror=alert(2)>");
        assertThat(html).contains("<h1>Claims</h1>").contains("<strong>checkable</strong>")
                .contains("&lt;script&gt;").doesNotContain("<script").doesNotContain("<img");
    }

    @Test
    void links_keep_only_http_and_https_addresses() {
        assertThat(Guidelines.toHtml("[ok](https://example.org/guide)")).contains("href=\"https://example.org/guide\"");
        assertThat(Guidelines.toHtml("[x](javascript:alert(1)) [y](data:text/html,hi) [z](/admin)"))
                .doesNotContain("javascript:").doesNotContain("data:").doesNotContain("href=\"/admin\"");
    }
}
