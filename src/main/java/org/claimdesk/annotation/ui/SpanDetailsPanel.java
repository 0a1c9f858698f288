package org.claimdesk.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Function;
import org.claimdesk.annotation.RelationDto;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanSection;
import org.claimdesk.project.LabelDefinition;
import org.jspecify.annotations.Nullable;

/** The selected span: its label, text, note and links, with the actions on it. */
class SpanDetailsPanel extends VerticalLayout {
    interface Actions {
        void relabel(long spanId, String label);

        void saveNote(long spanId, String note);

        void delete(long spanId);

        void startLink(long spanId);

        void unlink(long relationId);

        void show(long spanId);
    }

    private final Select<String> label = new Select<>();
    private final Paragraph text = new Paragraph();
    private final TextArea note = new TextArea("Note");
    private final Div links = new Div();
    private final Div sections = new Div();
    private final List<SpanSection> extensions;
    private final boolean readOnly;
    private @Nullable Long sectionsShownFor;
    private final Span empty = new Span("Select text and press a label key, or click a span.");
    private final VerticalLayout body = new VerticalLayout();
    private final Actions actions;
    private @Nullable SpanDto span;
    private boolean updating;

    SpanDetailsPanel(List<LabelDefinition> spanLabels, Actions actions, boolean readOnly, List<SpanSection> extensions) {
        this.actions = actions;
        this.extensions = extensions;
        this.readOnly = readOnly;
        setPadding(false);
        setSpacing(false);
        empty.addClassName("cd-muted");
        label.setLabel("Label");
        label.setItems(spanLabels.stream().map(LabelDefinition::name).toList());
        label.setReadOnly(readOnly);
        label.addValueChangeListener(e -> {
            if (!updating && span != null && e.getValue() != null && e.isFromClient()) {
                actions.relabel(span.id(), e.getValue());
            }
        });
        text.addClassName("cd-span-text");
        note.setWidthFull();
        note.setMaxLength(10_000);
        note.setReadOnly(readOnly);
        Button saveNote = new Button("Save note", e -> {
            if (span != null) {
                actions.saveNote(span.id(), note.getValue());
            }
        });
        saveNote.setEnabled(!readOnly);
        Button link = new Button("Link (R)", VaadinIcon.CONNECT.create(), e -> {
            if (span != null) {
                actions.startLink(span.id());
            }
        });
        link.setEnabled(!readOnly);
        Button delete = new Button("Delete (Del)", VaadinIcon.TRASH.create(), e -> {
            if (span != null) {
                actions.delete(span.id());
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setEnabled(!readOnly);
        links.addClassName("cd-links");
        body.setPadding(false);
        sections.setWidthFull();
        body.add(label, text, note, new HorizontalLayout(saveNote, link, delete), links, sections);
        add(new H4("Selected span"), empty, body);
        show(null, List.of(), id -> null);
    }

    @Nullable Long spanId() {
        return span == null ? null : span.id();
    }

    void show(@Nullable SpanDto selected, List<RelationDto> relations, Function<Long, @Nullable SpanDto> spanById) {
        this.span = selected;
        empty.setVisible(selected == null);
        body.setVisible(selected != null);
        if (selected == null) {
            sections.removeAll();
            sectionsShownFor = null;
            return;
        }
        if (sectionsShownFor == null || sectionsShownFor != selected.id()) {
            // rebuilt only when the selection changes, so an unsaved form survives other updates
            sections.removeAll();
            extensions.forEach(x -> x.sectionFor(selected, readOnly).ifPresent(sections::add));
            sectionsShownFor = selected.id();
        }
        updating = true;
        label.setValue(selected.label());
        updating = false;
        text.setText("“" + selected.text() + "”" + (selected.fragments().size() > 1
                ? "  (" + selected.fragments().size() + " fragments)" : ""));
        note.setValue(selected.note() == null ? "" : selected.note());
        links.removeAll();
        for (RelationDto r : relations) {
            boolean outgoing = r.from() == selected.id();
            SpanDto other = spanById.apply(outgoing ? r.to() : r.from());
            String otherText = other == null ? "span " + (outgoing ? r.to() : r.from())
                    : other.label() + " “" + abbreviate(other.text()) + "”";
            Button go = new Button((outgoing ? r.type() + " → " : "← " + r.type() + " ") + otherText,
                    e -> actions.show(outgoing ? r.to() : r.from()));
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> actions.unlink(r.id()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Delete link " + r.type());
            remove.setTooltipText("Delete this link");
            links.add(new HorizontalLayout(go, remove));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
