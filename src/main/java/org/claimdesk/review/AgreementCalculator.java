package org.claimdesk.review;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.jspecify.annotations.Nullable;

/**
 * Computes agreement between annotators. Definitions (also in docs/agreement.md):
 * <ul>
 * <li>Positions are the code points of all documents, one after another. At each position an
 *     annotator's category is the label of a span covering it, or "O"; where spans of several
 *     labels cover it, the label that comes first in the schema wins. Restricted to one label,
 *     the category is that label or "O".</li>
 * <li>Fleiss' kappa (all annotators) and Cohen's kappa (each pair) are computed over these
 *     positions by DKPro Statistics.</li>
 * <li>Krippendorff's alpha for unitizing (alphaU) takes every fragment as a unit on the joined
 *     continuum (overlapping fragments of one annotator and label are merged first), by DKPro.</li>
 * <li>Span F1 between two annotators: 2 x matched / (spans of a + spans of b), matching spans
 *     one to one within a document and label; "exact" needs identical fragments, "overlap" any
 *     shared code point.</li>
 * </ul>
 */
public final class AgreementCalculator {
    private static final String OUTSIDE = "O";

    private AgreementCalculator() {
    }

    public static AgreementReport compute(AgreementInput input, List<String> labelOrder) {
        List<String> notes = new ArrayList<>();
        List<String> annotators = input.annotators();
        if (annotators.size() < 2) {
            notes.add("Agreement needs at least two annotators with spans; there " + (annotators.size() == 1 ? "is one." : "are none."));
        }
        Map<String, AgreementReport.Figures> byLabel = new LinkedHashMap<>();
        for (String label : labelOrder) {
            byLabel.put(label, figures(input, labelOrder, label, notes));
        }
        AgreementReport.Figures all = figures(input, labelOrder, null, notes);
        return new AgreementReport(annotators, all.alphaU(), all.fleissKappa(), all.pairs(), byLabel,
                notes.stream().distinct().toList());
    }

    private static AgreementReport.Figures figures(AgreementInput in, List<String> labelOrder, @Nullable String only,
                                                   List<String> notes) {
        List<String> raters = in.annotators();
        if (raters.size() < 2) {
            return new AgreementReport.Figures(null, null, List.of());
        }
        String[][] categories = categories(in, labelOrder, only);
        String scope = only == null ? "" : " for " + only;
        Double fleiss = guarded(() -> {
            CodingAnnotationStudy study = new CodingAnnotationStudy(raters.size());
            for (int p = 0; p < categories[0].length; p++) {
                Object[] item = new Object[raters.size()];
                for (int r = 0; r < raters.size(); r++) {
                    item[r] = categories[r][p];
                }
                study.addItemAsArray(item);
            }
            return new FleissKappaAgreement(study).calculateAgreement();
        }, "Fleiss' kappa" + scope + " is undefined: every position has the same category for everyone.", notes);
        Double alpha = guarded(() -> alphaU(in, labelOrder, only), "alphaU" + scope
                + " is undefined: no spans, or no variation to compare.", notes);
        List<AgreementReport.Pair> pairs = new ArrayList<>();
        for (int a = 0; a < raters.size(); a++) {
            for (int b = a + 1; b < raters.size(); b++) {
                int ra = a;
                int rb = b;
                Double cohen = guarded(() -> {
                    CodingAnnotationStudy study = new CodingAnnotationStudy(2);
                    for (int p = 0; p < categories[0].length; p++) {
                        study.addItem(categories[ra][p], categories[rb][p]);
                    }
                    return new CohenKappaAgreement(study).calculateAgreement();
                }, "Cohen's kappa" + scope + " is undefined for a pair with no variation in categories.", notes);
                List<AgreementInput.LabelledSpan> sa = spansOf(in, raters.get(a), only);
                List<AgreementInput.LabelledSpan> sb = spansOf(in, raters.get(b), only);
                Double exact = SpanMatching.f1(sa, sb, true);
                Double overlap = SpanMatching.f1(sa, sb, false);
                if (exact == null) {
                    notes.add("Span F1" + scope + " is undefined for a pair where neither has spans.");
                }
                pairs.add(new AgreementReport.Pair(raters.get(a), raters.get(b), exact, overlap, cohen));
            }
        }
        return new AgreementReport.Figures(alpha, fleiss, pairs);
    }

    private static List<AgreementInput.LabelledSpan> spansOf(AgreementInput in, String annotator, @Nullable String only) {
        return in.spans().stream().filter(s -> s.annotator().equals(annotator))
                .filter(s -> only == null || s.label().equals(only)).toList();
    }

    /** categories[rater][position] over all documents joined. */
    private static String[][] categories(AgreementInput in, List<String> labelOrder, @Nullable String only) {
        Map<Long, Integer> offset = offsets(in);
        int total = in.documents().stream().mapToInt(AgreementInput.Doc::length).sum();
        Map<String, Integer> rater = index(in.annotators());
        String[][] cat = new String[in.annotators().size()][total];
        int[][] rank = new int[in.annotators().size()][total];
        for (String[] row : cat) {
            Arrays.fill(row, OUTSIDE);
        }
        for (AgreementInput.LabelledSpan s : in.spans()) {
            if (only != null && !s.label().equals(only)) {
                continue;
            }
            int r = rater.get(s.annotator());
            int priority = labelOrder.size() - Math.max(0, labelOrder.indexOf(s.label()));
            int base = offset.get(s.documentId());
            for (int[] f : s.fragments()) {
                for (int p = base + f[0]; p < base + f[1]; p++) {
                    if (priority > rank[r][p]) {
                        rank[r][p] = priority;
                        cat[r][p] = s.label();
                    }
                }
            }
        }
        return cat;
    }

    private static double alphaU(AgreementInput in, List<String> labelOrder, @Nullable String only) {
        Map<Long, Integer> offset = offsets(in);
        int total = in.documents().stream().mapToInt(AgreementInput.Doc::length).sum();
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(in.annotators().size(), 0, total);
        Map<String, Integer> rater = index(in.annotators());
        Map<String, List<int[]>> intervals = new HashMap<>();
        for (AgreementInput.LabelledSpan s : in.spans()) {
            if (only != null && !s.label().equals(only)) {
                continue;
            }
            int base = offset.get(s.documentId());
            for (int[] f : s.fragments()) {
                intervals.computeIfAbsent(s.annotator() + "\u0000" + s.label(), k -> new ArrayList<>())
                        .add(new int[] {base + f[0], base + f[1]});
            }
        }
        int units = 0;
        for (var e : intervals.entrySet()) {
            String[] key = e.getKey().split("\u0000", 2);
            for (int[] u : merged(e.getValue())) {
                study.addUnit(u[0], u[1] - u[0], rater.get(key[0]), key[1]);
                units++;
            }
        }
        if (units == 0) {
            return Double.NaN;
        }
        return only == null ? new KrippendorffAlphaUnitizingAgreement(study).calculateAgreement()
                : new KrippendorffAlphaUnitizingAgreement(study).calculateCategoryAgreement(only);
    }

    private static List<int[]> merged(List<int[]> list) {
        list.sort((x, y) -> Integer.compare(x[0], y[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] i : list) {
            if (!out.isEmpty() && i[0] <= out.getLast()[1]) {
                out.getLast()[1] = Math.max(out.getLast()[1], i[1]);
            } else {
                out.add(new int[] {i[0], i[1]});
            }
        }
        return out;
    }

    private static Map<Long, Integer> offsets(AgreementInput in) {
        Map<Long, Integer> offset = new HashMap<>();
        int at = 0;
        for (AgreementInput.Doc d : in.documents()) {
            offset.put(d.id(), at);
            at += d.length();
        }
        return offset;
    }

    private static Map<String, Integer> index(List<String> names) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), i);
        }
        return m;
    }

    private static @Nullable Double guarded(Supplier<Double> figure, String note, List<String> notes) {
        double v;
        try {
            v = figure.get();
        } catch (RuntimeException e) {
            v = Double.NaN;
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            notes.add(note);
            return null;
        }
        return v;
    }
}
