package org.claimdesk.annotation.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.NativeDetails;
import org.claimdesk.project.Guidelines;

/** A project's guidelines, folded, beside the text a reviewer is annotating. */
class GuidelinesPanel extends NativeDetails {
    GuidelinesPanel(String markdown) {
        super("Guidelines");
        addClassName("cd-guidelines");
        setVisible(!markdown.isBlank());
        if (!markdown.isBlank()) {
            setContent(new Html(Guidelines.toHtmlBlock(markdown)));
        }
    }
}
