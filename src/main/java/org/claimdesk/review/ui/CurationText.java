package org.claimdesk.review.ui;

import org.claimdesk.document.TextOffsets;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.review.CurationCandidate;

/**
 * The document with every candidate merged into one text: stretches already in gold are shaded,
 * stretches all annotators agree on are underlined, and stretches the annotators disagree on
 * (and which are not settled in gold) get a wavy red underline. Clicking a stretch picks the
 * candidate under it. Text is only ever set as text, never as HTML.
 */
class CurationText extends Div {
    CurationText() {
        addClassName("cd-curation-text");
        // focusable, so that after a click in the text the view's A/R/E keys reach the view
        getElement().setAttribute("tabindex", "0");
        getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere").set("line-height", "1.9")
                .set("overflow", "auto").set("padding", "var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
    }

    void show(String text, List<CurationCandidate> candidates, Consumer<CurationCandidate> pick) {
        removeAll();
        TextOffsets offsets = new TextOffsets(text);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, offsets.lengthInCodePoints()));
        for (CurationCandidate c : candidates) {
            for (Fragment f : c.fragments()) {
                cuts.add(f.start());
                cuts.add(f.end());
            }
        }
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            String piece = offsets.substring(from, to);
            List<CurationCandidate> under = covering(candidates, from, to);
            if (under.isEmpty()) {
                add(new Text(piece));
            } else {
                add(stretch(piece, under, pick));
            }
            from = to;
        }
    }

    private static Span stretch(String piece, List<CurationCandidate> under, Consumer<CurationCandidate> pick) {
        Span s = new Span(piece);
        boolean gold = under.stream().anyMatch(CurationCandidate::inGold);
        boolean disputed = under.stream().anyMatch(c -> !c.unanimous() && !c.inGold());
        s.getStyle().set("cursor", "pointer").set("text-underline-offset", "3px");
        if (gold) {
            s.getStyle().set("background", "var(--lumo-success-color-10pct)");
            s.getElement().setAttribute("data-gold", "");
        }
        if (disputed) {
            s.getStyle().set("text-decoration", "underline wavy var(--lumo-error-color)");
            s.getElement().setAttribute("data-disputed", "");
        } else if (!gold) {
            s.getStyle().set("text-decoration", "underline solid var(--lumo-primary-color)");
        }
        List<String> lines = new ArrayList<>();
        for (CurationCandidate c : under) {
            lines.add(c.label() + (c.inGold() ? " (in gold)" : "") + ": "
                    + (c.proposedBy().isEmpty() ? "curator" : String.join(", ", c.proposedBy()))
                    + " · " + c.proposedBy().size() + "/" + c.annotators());
        }
        s.setTitle(String.join("\n", lines));
        s.addClickListener(e -> pick.accept(under.stream().filter(c -> !c.inGold()).findFirst().orElse(under.getFirst())));
        return s;
    }

    private static List<CurationCandidate> covering(List<CurationCandidate> candidates, int from, int to) {
        List<CurationCandidate> out = new ArrayList<>();
        for (CurationCandidate c : candidates) {
            for (Fragment f : c.fragments()) {
                if (f.start() <= from && to <= f.end()) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

}
