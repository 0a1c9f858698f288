package org.claimdesk.review;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The agreement report as a CSV table: one row per scope (all labels, each label) and pair. */
public final class AgreementCsv {
    private AgreementCsv() {
    }

    public static String of(AgreementReport r) {
        StringBuilder csv = new StringBuilder("scope,annotator_a,annotator_b,alpha_u,fleiss_kappa,cohen_kappa,span_f1_exact,span_f1_overlap\n");
        rows(csv, "all", new AgreementReport.Figures(r.alphaU(), r.fleissKappa(), r.pairs()));
        for (Map.Entry<String, AgreementReport.Figures> e : r.labels().entrySet()) {
            rows(csv, e.getKey(), e.getValue());
        }
        return csv.toString();
    }

    private static void rows(StringBuilder csv, String scope, AgreementReport.Figures f) {
        if (f.pairs().isEmpty()) {
            csv.append(cell(scope)).append(",,,").append(n(f.alphaU())).append(',').append(n(f.fleissKappa())).append(",,,\n");
        }
        for (AgreementReport.Pair p : f.pairs()) {
            csv.append(cell(scope)).append(',').append(cell(p.a())).append(',').append(cell(p.b())).append(',')
                    .append(n(f.alphaU())).append(',').append(n(f.fleissKappa())).append(',').append(n(p.cohenKappa()))
                    .append(',').append(n(p.spanF1Exact())).append(',').append(n(p.spanF1Overlap())).append('\n');
        }
    }

    private static String n(@Nullable Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.6f", d);
    }

    private static String cell(String s) {
        return s.matches("[\\w.-]*") ? s : '"' + s.replace("\"", "\"\"") + '"';
    }
}
