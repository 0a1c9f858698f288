package org.claimdesk.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * With vaadin.eagerServerLoad, Vaadin (25.2) writes the first server response into the page as a
 * script of raw JSON, so a document title or text holding {@code </script>} would end that script
 * and the rest would run as markup. In that JSON a '<' can only stand inside a string, where
 * {@code \u003c} means the same, so the script can no longer be ended from within.
 * {@code XssCorpusE2E} proves it on a page load.
 */
@Component
class InitialResponseEscaping implements VaadinServiceInitListener {
    private static final String INITIAL_RESPONSE = "window.Vaadin = window.Vaadin || {};window.Vaadin.TypeScript=";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(InitialResponseEscaping::escape);
    }

    private static void escape(IndexHtmlResponse response) {
        for (Element script : response.getDocument().select("script[initial]")) {
            for (DataNode data : script.dataNodes()) {
                String code = data.getWholeData();
                if (code.startsWith(INITIAL_RESPONSE)) {
                    data.setWholeData(INITIAL_RESPONSE
                            + code.substring(INITIAL_RESPONSE.length()).replace("<", "\\u003c"));
                }
            }
        }
    }
}
