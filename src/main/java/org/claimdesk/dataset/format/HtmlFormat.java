package org.claimdesk.dataset.format;

import java.util.ArrayList;
import java.util.List;
import org.claimdesk.dataset.FormatReader;
import org.claimdesk.dataset.BaseFormat;
import org.claimdesk.dataset.ImportedDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * HTML articles (import only), read with jsoup: the title kept; scripts, styles, navigation,
 * headers, footers, asides, forms and hidden elements dropped; the article (or main, or body) text
 * taken block by block, paragraphs separated by a blank line. The canonical link or og:url becomes
 * the source URL.
 */
@Component
public class HtmlFormat extends BaseFormat {
    public HtmlFormat() {
        super("html", "HTML article", "codepoint", true, false);
    }

    private static final String BOILERPLATE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, [hidden], [aria-hidden=true], .advert, .ad, .share, .related, .comments, .cookie";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td";

    @Override
    public FormatReader reader() {
        return OneDocumentPerFile.reader(f -> extract(f.name(), f.text()), ".html", ".htm");
    }

    static ImportedDocument extract(String file, String html) {
        Document page = Jsoup.parse(html);
        String title = page.title().isBlank() ? null : page.title().strip();
        String url = page.select("link[rel=canonical]").attr("href");
        if (url.isBlank()) {
            url = page.select("meta[property=og:url]").attr("content");
        }
        page.select(BOILERPLATE).remove();
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.selectFirst("main");
        }
        if (root == null) {
            root = page.body();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            if (block.select(BLOCKS).size() > 1) {
                continue; // a block holding blocks: the inner ones are taken on their own
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            String text = root.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("no text found in the page");
        }
        return new ImportedDocument(file, 0, null, title, String.join("\n\n", paragraphs), null,
                url.isBlank() ? null : url, null, "codepoint", List.of(), List.of());
    }
}
