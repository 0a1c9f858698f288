package org.claimdesk.annotation.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.annotation.AnnotationLayer;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.document.TextOffsetsCache;
import org.jsoup.nodes.DataNode;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opening a document as a page load: the page itself carries the editor's data, so the editor
 * draws as soon as Vaadin has created it, with no request of its own. The view is built in the
 * same request (vaadin.eagerServerLoad). The editor takes this copy only if it matches the view's
 * state (see {@link EditorData#fingerprint}); a document the user may not open gets nothing here.
 */
@Component
class EditorPrefetch implements VaadinServiceInitListener {
    static final String ELEMENT_ID = "claimdesk-editor-data";
    /** The layer the view read while building in this same request, so that it is not read twice. */
    static final String LAYER_READ = EditorPrefetch.class.getName() + ".layer";
    private static final Pattern DOCUMENT_PAGE = Pattern.compile("/documents/(\\d{1,18})/?$");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PREPAINT = readPrepaint();

    private final LayerReader layers;
    private final TextOffsetsCache offsets;

    EditorPrefetch(LayerReader layers, TextOffsetsCache offsets) {
        this.layers = layers;
        this.offsets = offsets;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::embed);
    }

    private void embed(IndexHtmlResponse response) {
        String path = response.getVaadinRequest().getPathInfo();
        Matcher m = DOCUMENT_PAGE.matcher(path == null ? "" : path);
        if (!m.find() || response.getVaadinRequest().getUserPrincipal() == null) {
            return;
        }
        long documentId = Long.parseLong(m.group(1));
        AnnotationLayer layer = response.getVaadinRequest().getAttribute(LAYER_READ) instanceof AnnotationLayer read
                && read.document().id() == documentId ? read : null;
        if (layer == null) {
            try {
                layer = layers.layer(documentId);
            } catch (NotFoundException e) {
                return;
            }
        }
        // '<' only occurs inside JSON strings, where \u003c means the same: no text can end the script
        String json = JSON.writeValueAsString(EditorData.of(offsets.of(layer.document()), layer)).replace("<", "\\u003c");
        response.getDocument().body().appendElement("script").attr("type", "application/json").attr("id", ELEMENT_ID)
                .attr("data-url", EditorData.url(documentId)).appendChild(new DataNode(json));
        // runs while the page is parsed, before Vaadin's deferred bundle: the first screen painted from that data
        response.getDocument().body().appendElement("script").appendChild(new DataNode(PREPAINT));
    }

    private static String readPrepaint() {
        try (var in = EditorPrefetch.class.getResourceAsStream("prepaint.js")) {
            return new String(java.util.Objects.requireNonNull(in, "prepaint.js").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
