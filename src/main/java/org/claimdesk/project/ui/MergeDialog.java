package org.claimdesk.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;

/** Deleting a label that spans use: they move to another label when the schema is saved. */
class MergeDialog extends Dialog {
    MergeDialog(String label, long used, List<String> others, Consumer<String> onMerge) {
        setHeaderTitle("Delete " + label);
        Select<String> into = new Select<>();
        into.setLabel("Merge its spans into");
        into.setItems(others);
        into.setWidthFull();
        add(new Paragraph(label + " is used " + used + " times. A label in use cannot simply go: its spans are"
                + " relabelled as another label in the same save, each with a relabel in the history."), into);
        Button merge = new Button("Merge and delete", e -> {
            if (into.getValue() != null) {
                onMerge.accept(into.getValue());
                close();
            }
        });
        merge.addThemeVariants(ButtonVariant.PRIMARY);
        merge.setEnabled(false);
        into.addValueChangeListener(e -> merge.setEnabled(e.getValue() != null));
        getFooter().add(new Button("Keep it", e -> close()), merge);
    }
}
