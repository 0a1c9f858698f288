package org.claimdesk.suggestion;

import java.util.Locale;
import java.util.Map;

/** The status as a plain-text table, for the command line. */
final class EvaluationTable {
    private EvaluationTable() {
    }

    static String of(SuggestionStatus s) {
        StringBuilder b = new StringBuilder();
        if (s.modelVersion() == null) {
            return "No model yet: " + s.goldDocuments() + " documents have a gold layer; training needs " + s.minimumGold() + ".\n";
        }
        b.append(String.format(Locale.ROOT, "Model %s: trained on %d gold documents, evaluated on %d others, at %s in %.1f s (%s).%n",
                s.modelVersion(), s.trainedOn(), s.heldOut(), s.trainedAt(), s.trainingMs() / 1000.0, s.settings()));
        b.append(String.format(Locale.ROOT, "%-16s %5s %8s | %-17s | %-17s | %s%n", "label", "gold", "proposed",
                "exact P / R / F1", "overlap P / R / F1", "rules F1 exact / overlap"));
        Map<String, SuggestionStatus.LabelScores> rules = s.rules() == null ? Map.of() : s.rules();
        s.evaluation().forEach((label, l) -> {
            SuggestionStatus.LabelScores r = rules.get(label);
            b.append(String.format(Locale.ROOT, "%-16s %5d %8d | %s | %s | %s%n", label, l.gold(), l.predicted(),
                    three(l.exact()), three(l.overlap()),
                    r == null ? "-" : String.format(Locale.ROOT, "%.2f / %.2f", r.exact().f1(), r.overlap().f1())));
        });
        b.append("Learning curve, micro F1 on the hold-out:\n");
        s.curve().forEach(p -> b.append(String.format(Locale.ROOT, "  %5d documents  exact %.2f  overlap %.2f%n",
                p.documents(), p.exact(), p.overlap())));
        b.append("Members get: ").append(s.serving().isEmpty() ? "no suggestions" : s.serving().getFirst().engine()
                + " " + s.serving().getFirst().version()).append(" (mode ").append(s.mode()).append(").\n");
        return b.toString();
    }

    private static String three(SuggestionStatus.Scores x) {
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", x.p(), x.r(), x.f1());
    }
}
