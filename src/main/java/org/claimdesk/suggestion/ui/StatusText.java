package org.claimdesk.suggestion.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.claimdesk.suggestion.SuggestionStatus;

/** The status in words: what is served, and what the model was trained and evaluated on. */
final class StatusText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private StatusText() {
    }

    static String of(SuggestionStatus s) {
        String serving = s.serving().isEmpty() ? "Members get no suggestions."
                : "Members get " + s.serving().stream().map(m -> m.engine() + " (version " + m.version() + ")")
                .collect(Collectors.joining(", ")) + ".";
        if (s.modelVersion() == null) {
            return serving + " No model has been trained yet: " + s.goldDocuments() + " documents have a gold layer; training needs "
                    + s.minimumGold() + ". Until then the rules propose, from the first article.";
        }
        return serving + " Learned model " + s.modelVersion() + " was trained on " + s.trainedOn()
                + " gold documents and evaluated on " + s.heldOut() + " others (" + WHEN.format(s.trainedAt()) + ", "
                + String.format(java.util.Locale.ROOT, "%.1f s", s.trainingMs() / 1000.0) + ", " + s.settings() + "). "
                + s.goldDocuments() + " documents have a gold layer now.";
    }

    static String curve(SuggestionStatus s) {
        return s.curve().stream().map(p -> p.documents() + (p.documents() == 1 ? " document" : " documents") + ": exact " + p.exact() + ", overlap " + p.overlap())
                .collect(Collectors.joining("; "));
    }
}
