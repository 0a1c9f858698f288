package org.claimdesk.suggestion.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimdesk.suggestion.SuggestionStatus;
import org.claimdesk.suggestion.SuggestionStatus.LabelScores;
import org.jspecify.annotations.Nullable;

/** Per label: the learned model's exact and overlap precision, recall and F1 on the hold-out, beside the rules'. */
final class EvaluationGrid extends Grid<EvaluationGrid.Row> {

    record Row(String label, LabelScores learned, @Nullable LabelScores rules) {
    }

    EvaluationGrid() {
        addColumn(Row::label).setHeader("Label").setAutoWidth(true);
        addColumn(r -> r.learned().gold()).setHeader("Gold spans");
        addColumn(r -> r.learned().predicted()).setHeader("Proposed");
        addColumn(r -> f(r.learned().exact().p())).setHeader("Exact P");
        addColumn(r -> f(r.learned().exact().r())).setHeader("Exact R");
        addColumn(r -> f(r.learned().exact().f1())).setHeader("Exact F1");
        addColumn(r -> f(r.learned().overlap().p())).setHeader("Overlap P");
        addColumn(r -> f(r.learned().overlap().r())).setHeader("Overlap R");
        addColumn(r -> f(r.learned().overlap().f1())).setHeader("Overlap F1");
        addColumn(r -> r.rules() == null ? "–" : f(r.rules().exact().f1())).setHeader("Rules exact F1");
        addColumn(r -> r.rules() == null ? "–" : f(r.rules().overlap().f1())).setHeader("Rules overlap F1");
        setAllRowsVisible(true);
    }

    void show(SuggestionStatus s) {
        List<Row> rows = new ArrayList<>();
        Map<String, LabelScores> rules = s.rules() == null ? Map.of() : s.rules();
        s.evaluation().forEach((label, scores) -> rows.add(new Row(label, scores, rules.get(label))));
        // "(all)" sorts first by its parenthesis; it belongs last, as the total
        rows.sort((a, b) -> Boolean.compare(a.label().startsWith("("), b.label().startsWith("(")));
        setItems(rows);
    }

    private static String f(double v) {
        return LearningCurveSvg.fmt(v);
    }
}
