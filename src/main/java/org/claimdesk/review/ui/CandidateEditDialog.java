package org.claimdesk.review.ui;

import org.claimdesk.document.TextOffsets;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.review.CurationCandidate;

/**
 * Lets the curator correct a candidate before it goes into gold: another label, or other start
 * and end (code points; for a discontinuous span, the start of its first fragment and the end of
 * its last). The covered text is previewed as the numbers change.
 */
class CandidateEditDialog extends Dialog {
    /** Receives the corrected label and fragments; throws InvalidInputException to keep the dialog open. */
    interface Save {
        void save(String label, List<Fragment> fragments);
    }

    private final String text;
    private final CurationCandidate candidate;
    private final ComboBox<String> label = new ComboBox<>("Label");
    private final TextField start = new TextField("Start");
    private final TextField end = new TextField("End");
    private final Paragraph preview = new Paragraph();
    private final Paragraph error = new Paragraph();

    CandidateEditDialog(String text, CurationCandidate candidate, List<String> labels, Save onSave) {
        this.text = text;
        this.candidate = candidate;
        setHeaderTitle("Edit into gold");
        label.setItems(labels);
        label.setValue(candidate.label());
        label.setAllowCustomValue(false);
        start.setValue(String.valueOf(candidate.fragments().getFirst().start()));
        end.setValue(String.valueOf(candidate.fragments().getLast().end()));
        for (TextField f : List.of(start, end)) {
            f.setAllowedCharPattern("[0-9]");
            f.setValueChangeMode(ValueChangeMode.EAGER);
            f.addValueChangeListener(e -> updatePreview());
        }
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        preview.getStyle().set("white-space", "pre-wrap").set("font-style", "italic");
        add(new FormLayout(label, start, end), preview, error);
        updatePreview();

        Button save = new Button("Accept into gold", e -> {
            try {
                if (label.getValue() == null) {
                    throw new InvalidInputException("Choose a label.");
                }
                onSave.save(label.getValue(), fragments());
                close();
            } catch (InvalidInputException ex) {
                error.setText(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private List<Fragment> fragments() {
        int s = number(start, "Start");
        int e = number(end, "End");
        List<Fragment> list = new ArrayList<>(candidate.fragments());
        if (list.size() == 1) {
            return List.of(new Fragment(s, e));
        }
        list.set(0, new Fragment(s, list.getFirst().end()));
        list.set(list.size() - 1, new Fragment(list.getLast().start(), e));
        return list;
    }

    private void updatePreview() {
        error.setText("");
        try {
            TextOffsets offsets = new TextOffsets(text);
            int length = offsets.lengthInCodePoints();
            int s = number(start, "Start");
            int e = number(end, "End");
            if (s >= e || e > length) {
                preview.setText("(start must be before end, and end at most " + length + ")");
                return;
            }
            preview.setText("“" + offsets.substring(s, e) + "”");
        } catch (InvalidInputException ex) {
            preview.setText("");
        }
    }

    private static int number(TextField field, String name) {
        try {
            return Integer.parseInt(field.getValue().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + " must be a whole number.");
        }
    }
}
