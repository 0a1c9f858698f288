package org.claimdesk.annotation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.claimdesk.project.LabelDefinition;

/** The labels of the schema with their colours, keys and descriptions, and what each style of highlight means. */
class LabelLegend extends Div {
    LabelLegend(List<LabelDefinition> spanLabels) {
        addClassName("cd-legend");
        for (LabelDefinition l : spanLabels) {
            Span chip = new Span();
            chip.addClassName("cd-chip");
            Span swatch = new Span();
            swatch.addClassName("cd-swatch");
            swatch.getStyle().set("background", l.color());
            Span key = new Span(l.shortcut() == null ? "" : l.shortcut());
            key.addClassName("cd-key");
            chip.add(swatch, key, new Span(l.name()));
            chip.getElement().setAttribute("title", (l.description() == null ? "" : l.description() + "\n")
                    + (l.shortcut() == null ? "" : "Press " + l.shortcut() + " to tag the selection as " + l.name()));
            add(chip);
        }
        Span styles = new Span("filled: yours · dashed underline: other reviewers · dotted, hatched: suggestions");
        styles.addClassName("cd-muted");
        styles.addClassName("cd-legend-styles");
        add(styles);
    }
}
