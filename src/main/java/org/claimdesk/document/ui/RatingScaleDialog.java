package org.claimdesk.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.List;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.Notifications;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.RatingScale;

/** The owner edits the verdicts claims can get, one a line, in order from most to least true. */
class RatingScaleDialog extends Dialog {
    RatingScaleDialog(ProjectService projects, long projectId) {
        setHeaderTitle("Rating scale");
        TextArea scale = new TextArea("Verdicts, one a line (" + RatingScale.MIN + " to " + RatingScale.MAX + ")");
        scale.setValue(String.join("\n", projects.ratingScale(projectId)));
        scale.setHelperText("Verdicts already given keep their value if you remove it from the scale.");
        scale.setWidth("28em");
        scale.setHeight("16em");
        add(scale);
        Button save = new Button("Save", e -> {
            List<String> lines = Arrays.stream(scale.getValue().split("\\R")).filter(l -> !l.isBlank()).toList();
            try {
                projects.setRatingScale(projectId, lines);
                Notifications.info("Rating scale saved: " + String.join(", ", lines) + ".");
                close();
            } catch (InvalidInputException ex) {
                scale.setInvalid(true);
                scale.setErrorMessage(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
