package org.claimdesk.annotation.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.annotation.AnnotationLayer;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.RelationDto;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SuggestionsForEditor;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.document.TextOffsets;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Server side of the {@code <claim-editor>} web component. The browser works in UTF-16 code
 * units, the rest of ClaimDesk in code points: this class is where the two meet, so every
 * offset that crosses it is converted here and nowhere else.
 */
@Tag("claim-editor")
@JsModule("./src/claim-editor.ts")
public class SpanEditor extends Component {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the editor asks of its view; offsets in code points. */
    public interface Handler {
        @Nullable SpanDto createSpan(String label, List<Fragment> fragments);

        void addFragment(long spanId, Fragment fragment);

        void changeLabel(long spanId, String label);

        void deleteSpan(long spanId);

        void createRelation(long fromSpanId, long toSpanId);

        void spanSelected(@Nullable Long spanId);

        void undo();

        void redo();

        void reportError(String message);
    }

    /** What the editor asks of the suggestions beside it; ids are suggestion ids. */
    public interface SuggestionHandler {
        /** The text is painted: suggestions may come now, never before. */
        void wanted();

        void accept(long suggestionId);

        /** Shift+Enter: these suggestions (and their groups) at once. */
        void acceptAll(List<Long> suggestionIds);

        void reject(long suggestionId);
    }

    private @Nullable TextOffsets offsets;
    private @Nullable Handler handler;
    private @Nullable SuggestionHandler suggestionHandler;

    public void setSuggestionHandler(@Nullable SuggestionHandler suggestionHandler) {
        this.suggestionHandler = suggestionHandler;
    }

    /** Draws these suggestions (code points) beneath the layer's spans, replacing those shown. */
    public void showSuggestions(List<SuggestionsForEditor.Suggested> suggestions) {
        List<Map<String, Object>> out = new ArrayList<>(suggestions.size());
        for (SuggestionsForEditor.Suggested s : suggestions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("group", s.group());
            m.put("label", s.label());
            m.put("frags", List.of(List.of(text().toUtf16(s.start()), text().toUtf16(s.end()))));
            m.put("score", s.score());
            out.add(m);
        }
        getElement().callJsFunction("showSuggestions", JSON.writeValueAsString(out));
    }

    public SpanEditor() {
        getElement().setAttribute("aria-label",
                "Article text. Select text and press a label key; arrow keys move, Shift+arrows select.");
    }

    public void setHandler(Handler handler) {
        this.handler = handler;
    }

    /**
     * Opens the layer. Only the labels and the layer's fingerprint travel with Vaadin's answer:
     * the editor draws from {@link EditorDataController}'s compact data, fetched early by the page
     * ({@link EditorPrefetch}) or now, and fetched again if that copy is older than {@code layer}.
     */
    public void load(TextOffsets text, AnnotationLayer layer, boolean readOnly, boolean snap) {
        this.offsets = text;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("url", EditorData.url(layer.document().id()));
        data.put("fingerprint", EditorData.fingerprint(layer));
        data.put("labels", layer.schema().spanLabels().stream().map(l -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", l.name());
            m.put("color", l.color());
            m.put("key", l.shortcut());
            return m;
        }).toList());
        data.put("readOnly", readOnly);
        data.put("snap", snap);
        getElement().callJsFunction("load", JSON.writeValueAsString(data));
    }

    public void showSpan(SpanDto span) {
        getElement().callJsFunction("upsertSpan", JSON.writeValueAsString(toClient(span)));
    }

    /** Shows another annotator's span, outlined, for comparison; it cannot be edited here. */
    public void showOtherSpan(SpanDto span) {
        Map<String, Object> m = toClient(span);
        m.put("other", true);
        getElement().callJsFunction("upsertSpan", JSON.writeValueAsString(m));
    }

    public void hideOtherSpans() {
        getElement().callJsFunction("removeOthers");
    }

    public void removeSpan(long spanId) {
        getElement().callJsFunction("removeSpan", spanId);
    }

    public void showRelation(RelationDto relation) {
        getElement().callJsFunction("upsertRelation", JSON.writeValueAsString(toClient(relation)));
    }

    public void removeRelation(long relationId) {
        getElement().callJsFunction("removeRelation", relationId);
    }

    public void selectSpan(@Nullable Long spanId, boolean scroll) {
        getElement().callJsFunction("selectSpan", spanId == null ? -1 : spanId, scroll);
    }

    /** Selects the span and waits for the user to click the target of a new link. */
    public void startLink(long spanId) {
        getElement().callJsFunction("startLink", spanId);
    }

    public void setReadOnly(boolean readOnly) {
        getElement().callJsFunction("setReadOnly", readOnly);
    }

    public void setSnap(boolean snap) {
        getElement().callJsFunction("setSnap", snap);
    }

    // ---- calls from the browser (UTF-16 offsets) ----

    @ClientCallable
    String createSpan(String label, String fragmentsJson) {
        List<List<Integer>> raw = JSON.readValue(fragmentsJson, new TypeReference<List<List<Integer>>>() {
        });
        List<Fragment> fragments = new ArrayList<>();
        try {
            for (List<Integer> pair : raw) {
                fragments.add(toCodePoints(pair.get(0), pair.get(1)));
            }
        } catch (InvalidInputException e) {
            handler().reportError(e.getMessage());
            return "";
        }
        SpanDto span = handler().createSpan(label, fragments);
        return span == null ? "" : JSON.writeValueAsString(toClient(span));
    }

    @ClientCallable
    void addFragment(double spanId, double start, double end) {
        try {
            handler().addFragment((long) spanId, toCodePoints((int) start, (int) end));
        } catch (InvalidInputException e) {
            handler().reportError(e.getMessage());
        }
    }

    @ClientCallable
    void changeLabel(double spanId, String label) {
        handler().changeLabel((long) spanId, label);
    }

    @ClientCallable
    void deleteSpan(double spanId) {
        handler().deleteSpan((long) spanId);
    }

    @ClientCallable
    void createRelation(double fromId, double toId) {
        handler().createRelation((long) fromId, (long) toId);
    }

    @ClientCallable
    void spanSelected(double spanId) {
        handler().spanSelected(spanId < 0 ? null : (long) spanId);
    }

    @ClientCallable
    void undo() {
        handler().undo();
    }

    @ClientCallable
    void redo() {
        handler().redo();
    }

    @ClientCallable
    void suggestionsWanted() {
        if (suggestionHandler != null) {
            suggestionHandler.wanted();
        }
    }

    @ClientCallable
    void acceptSuggestion(double id) {
        if (suggestionHandler != null) {
            suggestionHandler.accept((long) id);
        }
    }

    @ClientCallable
    void acceptSuggestions(String idsJson) {
        if (suggestionHandler != null) {
            List<Long> ids = new ArrayList<>();
            JSON.readTree(idsJson).forEach(n -> ids.add(n.asLong()));
            suggestionHandler.acceptAll(ids);
        }
    }

    /** Shift+Enter accepts the suggestions in view scoring at least this. */
    public void setSuggestionThreshold(double threshold) {
        getElement().callJsFunction("setSuggestionThreshold", threshold);
    }

    @ClientCallable
    void rejectSuggestion(double id) {
        if (suggestionHandler != null) {
            suggestionHandler.reject((long) id);
        }
    }

    private Fragment toCodePoints(int start, int end) {
        return new Fragment(text().toCodePoint(start), text().toCodePoint(end));
    }

    private Map<String, Object> toClient(SpanDto s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("label", s.label());
        m.put("frags", s.fragments().stream()
                .map(f -> List.of(text().toUtf16(f.start()), text().toUtf16(f.end()))).toList());
        m.put("text", s.text());
        m.put("annotator", s.annotator());
        m.put("note", s.note());
        return m;
    }

    private static Map<String, Object> toClient(RelationDto r) {
        return Map.of("id", r.id(), "type", r.type(), "from", r.from(), "to", r.to());
    }

    private TextOffsets text() {
        if (offsets == null) {
            throw new IllegalStateException("No document loaded");
        }
        return offsets;
    }

    private Handler handler() {
        if (handler == null) {
            throw new IllegalStateException("No handler set");
        }
        return handler;
    }
}
