package org.claimdesk.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Predicate;
import org.claimdesk.document.NewDocument;

/** Pasting an article: title (optional), source URL (optional) and the text. */
class PasteTextDialog extends Dialog {
    PasteTextDialog(Predicate<NewDocument> importer) {
        setHeaderTitle("Paste an article");
        TextField title = new TextField("Title (optional: guessed from the text)");
        TextField url = new TextField("Source URL (optional)");
        TextArea text = new TextArea("Text");
        text.setHeight("18em");
        title.setWidthFull();
        url.setWidthFull();
        text.setWidthFull();
        VerticalLayout body = new VerticalLayout(title, url, text);
        body.setPadding(false);
        body.setWidth("42em");
        add(body);
        Button cancel = new Button("Cancel", e -> close());
        Button save = new Button("Import", e -> {
            if (importer.test(new NewDocument(title.getValue(), text.getValue(), url.getValue(), null, null))) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }
}
