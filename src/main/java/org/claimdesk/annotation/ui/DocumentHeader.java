package org.claimdesk.annotation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import org.claimdesk.annotation.AnnotationLayer;
import org.claimdesk.base.ui.Links;
import org.claimdesk.project.ProjectRole;

/**
 * The head of the annotation view: the title, where the document comes from, who else is here,
 * the legend and the editing tools (given by the view), and the toggles the caller's role allows.
 */
class DocumentHeader extends Div {

    DocumentHeader(AnnotationLayer l, Span presence, boolean showOthers, Consumer<Boolean> onShowOthers,
                   Consumer<Boolean> onSnap, Component... editingTools) {
        H2 heading = new H2(l.document().title());
        heading.addClassName("cd-doc-title");
        add(heading, meta(l), presence, tools(l, showOthers, onShowOthers, onSnap, editingTools), help());
        presence.addClassName("cd-presence");
        addClassName("cd-doc-header");
    }

    private static Div meta(AnnotationLayer l) {
        Anchor back = Links.to("projects/" + l.project().id(), l.project().name());
        Div meta = new Div(back);
        meta.addClassName("cd-muted");
        if (l.document().publisher() != null) {
            meta.add(new Span(" · " + l.document().publisher()));
        }
        if (l.document().sourceUrl() != null) {
            Anchor source = new Anchor(l.document().sourceUrl(), "source");
            source.setTarget("_blank");
            source.getElement().setAttribute("rel", "noopener noreferrer");
            meta.add(new Span(" · "), source);
        }
        meta.add(new Span(" · " + l.document().lengthCp() + " characters · "),
                Links.to("projects/" + l.project().id() + "/activity?document=" + l.document().id(), "activity"));
        if (l.project().role().atLeast(ProjectRole.CURATOR)) {
            meta.add(new Span(" · "), Links.to("curation/" + l.document().id(), "curate"));
        }
        return meta;
    }

    private static HorizontalLayout tools(AnnotationLayer l, boolean showOthers, Consumer<Boolean> onShowOthers,
                                          Consumer<Boolean> onSnap, Component... editingTools) {
        HorizontalLayout tools = new HorizontalLayout(new LabelLegend(l.schema().spanLabels()));
        tools.add(editingTools);
        if (l.project().seesOthersWork()) {
            Checkbox others = new Checkbox("Show other reviewers", showOthers);
            others.setTooltipText("Other reviewers' spans, outlined; they update live");
            others.addValueChangeListener(e -> onShowOthers.accept(e.getValue()));
            tools.add(others);
        }
        if (l.project().role() == ProjectRole.OWNER) {
            Checkbox snap = new Checkbox("Snap to words", l.project().snapToWords());
            snap.setTooltipText("Project setting: widen selections to whole words");
            snap.addValueChangeListener(e -> onSnap.accept(e.getValue()));
            tools.add(snap);
        }
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.addClassName("cd-tools");
        return tools;
    }

    private static Span help() {
        Span help = new Span("Select text, then press a label key or pick a label · Ctrl+select adds a fragment"
                + " · click a span, then Del deletes, R links · arrows move, Shift+arrows select");
        help.addClassName("cd-help");
        return help;
    }
}
