package org.claimdesk.project;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * A project's annotation guidelines, written in Markdown by its owners and read by everyone on the
 * project: raw HTML in them is shown as text, and links and images keep only http(s) addresses,
 * so guidelines can never run script in a reviewer's browser.
 */
public final class Guidelines {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new WebOnly())
            .build();

    private Guidelines() {
    }

    public static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /** The guidelines under one root element, as Vaadin's {@code Html} component takes them. */
    public static String toHtmlBlock(String markdown) {
        return "<div class=\"cd-guidelines-text\">" + toHtml(markdown) + "</div>";
    }

    private static final class WebOnly implements UrlSanitizer {
        @Override
        public String sanitizeLinkUrl(String url) {
            String u = url.strip().toLowerCase(java.util.Locale.ROOT);
            return u.startsWith("https://") || u.startsWith("http://") ? url.strip() : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return sanitizeLinkUrl(url);
        }
    }
}
