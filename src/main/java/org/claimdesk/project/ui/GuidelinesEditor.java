package org.claimdesk.project.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.claimdesk.project.Guidelines;

/** The guidelines in Markdown, with a preview rendered as reviewers will see it. */
class GuidelinesEditor extends VerticalLayout {
    private final TextArea text = new TextArea("Markdown");
    private final Div preview = new Div();

    GuidelinesEditor() {
        setPadding(false);
        text.setWidthFull();
        text.setMinHeight("10em");
        text.setHelperText("Headings, lists, **bold**, [links](https://…). HTML is shown as text.");
        text.addValueChangeListener(e -> render(e.getValue()));
        NativeDetails details = new NativeDetails("Preview", preview);
        details.setOpen(true);
        add(text, details);
    }

    String getValue() {
        return text.getValue();
    }

    void setValue(String markdown) {
        text.setValue(markdown);
        render(markdown);
    }

    void setReadOnly(boolean readOnly) {
        text.setReadOnly(readOnly);
    }

    private void render(String markdown) {
        preview.removeAll();
        if (!markdown.isBlank()) {
            preview.add(new Html(Guidelines.toHtmlBlock(markdown)));
        }
    }
}
