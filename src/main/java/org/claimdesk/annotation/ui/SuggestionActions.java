package org.claimdesk.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.claimdesk.annotation.RelationDto;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SuggestionsForEditor;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.base.ui.Notifications;

/**
 * Suggestions in the annotation view: drawn once the text is painted, accepted with Enter (the
 * whole linked group lands in the reviewer's layer, as an ordinary change that Ctrl+Z undoes) and
 * rejected with X, and those in view above the slider's confidence accepted together with
 * Shift+Enter; a toggle hides them, and a counter says how many are left.
 */
class SuggestionActions extends HorizontalLayout implements SpanEditor.SuggestionHandler {
    private final SuggestionsForEditor source;
    private final long documentId;
    private final SpanEditor editor;
    private final LayerState state;
    private final Runnable afterChange;
    private final Checkbox show = new Checkbox("Suggestions", true);
    private final Span count = new Span();
    private final Input threshold = new Input();
    private final Span thresholdText = new Span();
    private boolean painted;

    SuggestionActions(SuggestionsForEditor source, long documentId, SpanEditor editor, LayerState state,
                      Runnable afterChange) {
        this.source = source;
        this.documentId = documentId;
        this.editor = editor;
        this.state = state;
        this.afterChange = afterChange;
        addClassName("cd-suggestion-bar");
        count.addClassName("cd-muted");
        show.setTooltipText("Dotted, hatched highlights are proposals: N / Shift+N go to the next or previous one, "
                + "Enter accepts it with its linked spans, X rejects it.");
        show.addValueChangeListener(e -> refresh());
        threshold.setType("range");
        threshold.getElement().setAttribute("min", "0").setAttribute("max", "100").setAttribute("step", "5")
                .setAttribute("aria-label", "Confidence from which Shift+Enter accepts");
        threshold.setValue("80");
        threshold.setValueChangeMode(ValueChangeMode.EAGER);
        threshold.addValueChangeListener(e -> threshold(e.getValue()));
        threshold(threshold.getValue());
        Button rejected = new Button("Bring back rejected", e -> bringBack());
        rejected.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        rejected.setTooltipText("The suggestions you rejected with X in this document are proposed again.");
        add(show, count, threshold, thresholdText, rejected);
        setAlignItems(Alignment.BASELINE);
    }

    @Override
    public void wanted() {
        painted = true;
        refresh();
    }

    @Override
    public void accept(long suggestionId) {
        try {
            SuggestionsForEditor.AcceptedGroup group = source.accept(suggestionId);
            for (SpanDto s : group.spans()) {
                state.putSpan(s);
            }
            for (RelationDto r : group.relations()) {
                state.putRelation(r);
            }
            afterChange.run();
        } catch (ConflictException | InvalidInputException | ForbiddenException | NotFoundException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    @Override
    public void acceptAll(List<Long> suggestionIds) {
        try {
            SuggestionsForEditor.AcceptedGroup group = source.acceptAll(suggestionIds);
            group.spans().forEach(state::putSpan);
            group.relations().forEach(state::putRelation);
            afterChange.run();
            Notifications.info(group.spans().size() + " suggested spans accepted; Ctrl+Z takes them all back.");
        } catch (ConflictException | InvalidInputException | ForbiddenException | NotFoundException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    @Override
    public void reject(long suggestionId) {
        try {
            source.reject(suggestionId);
        } catch (ForbiddenException | NotFoundException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    private void bringBack() {
        try {
            int back = source.clearRejections(documentId);
            Notifications.info(back == 0 ? "You have rejected no suggestion in this document."
                    : back + (back == 1 ? " rejected suggestion is" : " rejected suggestions are") + " proposed again.");
        } catch (ForbiddenException | NotFoundException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    private void threshold(String percent) {
        int value;
        try {
            value = Math.max(0, Math.min(100, Integer.parseInt(percent)));
        } catch (NumberFormatException e) {
            value = 80; // the browser sends whole numbers; anything else is not from the slider
        }
        editor.setSuggestionThreshold(value / 100.0);
        thresholdText.setText("Shift+Enter accepts those in view from " + value + "%");
    }

    /** Draws the reviewer's suggestions again (after a change, or the toggle). */
    void refresh() {
        if (!painted) {
            return;
        }
        List<SuggestionsForEditor.Suggested> visible = show.getValue() ? source.visible(documentId) : List.of();
        editor.showSuggestions(visible);
        count.setText(show.getValue() ? visible.size() + " left · N next · Enter accept · X reject" : "hidden");
    }
}
