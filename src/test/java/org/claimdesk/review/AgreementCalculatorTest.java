package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected figures are worked out by hand below, not taken from the code.
 *
 * <pre>
 * one document of 10 code points, two annotators:
 *   position  0 1 2 3 4 5 6 7 8 9
 *   a         C C C C O O A A A O     CLAIM [0,4), ATTRIBUTION [6,9)
 *   b         C C C C O A A A A O     CLAIM [0,4), ATTRIBUTION [5,9)
 * agreement on 9 of 10 positions: Po = 0.9
 * Cohen: a has C4 A3 O3, b has C4 A4 O2; Pe = (16 + 12 + 6) / 100 = 0.34;
 *        kappa = (0.9 - 0.34) / (1 - 0.34) = 0.56 / 0.66 = 0.848485
 * Fleiss: pooled C 8/20, A 7/20, O 5/20; Pe = 0.16 + 0.1225 + 0.0625 = 0.345;
 *        kappa = (0.9 - 0.345) / 0.655 = 0.847328
 * Span F1: exact matches 1 (the CLAIM) of 2 + 2 spans: 2 x 1 / 4 = 0.5; overlap matches both: 1.0
 * Only ATTRIBUTION: a A3 O7, b A4 O6, Po = 0.9;
 *        Cohen Pe = (12 + 42) / 100 = 0.54, kappa = 0.36 / 0.46 = 0.782609;
 *        Fleiss pooled A 7/20, O 13/20, Pe = 0.1225 + 0.4225 = 0.545, kappa = 0.355 / 0.455 = 0.780220
 * Only CLAIM: identical, kappa = 1, exact F1 = 1
 * </pre>
 */
class AgreementCalculatorTest {
    private static final List<String> LABELS = List.of("CLAIM", "ATTRIBUTION", "DENIAL");

    private static AgreementInput.LabelledSpan span(String who, String label, int start, int end) {
        return new AgreementInput.LabelledSpan(1, who, label, List.of(new int[] {start, end}));
    }

    private final AgreementInput input = new AgreementInput(List.of(new AgreementInput.Doc(1, 10)), List.of("a", "b"),
            List.of(span("a", "CLAIM", 0, 4), span("a", "ATTRIBUTION", 6, 9),
                    span("b", "CLAIM", 0, 4), span("b", "ATTRIBUTION", 5, 9)));

    @Test
    void kappas_and_span_f1_match_the_worked_example() {
        AgreementReport r = AgreementCalculator.compute(input, LABELS);
        assertThat(r.fleissKappa()).isCloseTo(0.847328, within(1e-6));
        AgreementReport.Pair pair = r.pairs().getFirst();
        assertThat(pair.cohenKappa()).isCloseTo(0.848485, within(1e-6));
        assertThat(pair.spanF1Exact()).isEqualTo(0.5);
        assertThat(pair.spanF1Overlap()).isEqualTo(1.0);
    }

    @Test
    void per_label_figures_match_the_worked_example() {
        AgreementReport r = AgreementCalculator.compute(input, LABELS);
        AgreementReport.Figures attribution = r.labels().get("ATTRIBUTION");
        assertThat(attribution.fleissKappa()).isCloseTo(0.780220, within(1e-6));
        assertThat(attribution.pairs().getFirst().cohenKappa()).isCloseTo(0.782609, within(1e-6));
        AgreementReport.Figures claim = r.labels().get("CLAIM");
        assertThat(claim.fleissKappa()).isCloseTo(1.0, within(1e-9));
        assertThat(claim.pairs().getFirst().spanF1Exact()).isEqualTo(1.0);
        assertThat(claim.alphaU()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void alpha_u_is_one_for_identical_layers_and_lower_when_they_differ() {
        AgreementInput same = new AgreementInput(input.documents(), List.of("a", "b"),
                List.of(span("a", "CLAIM", 0, 4), span("b", "CLAIM", 0, 4), span("a", "DENIAL", 6, 9), span("b", "DENIAL", 6, 9)));
        assertThat(AgreementCalculator.compute(same, LABELS).alphaU()).isCloseTo(1.0, within(1e-9));
        assertThat(AgreementCalculator.compute(input, LABELS).alphaU()).isLessThan(1.0);
    }

    @Test
    void figures_that_cannot_be_computed_are_null_with_a_note() {
        AgreementReport denial = AgreementCalculator.compute(input, LABELS);
        assertThat(denial.labels().get("DENIAL").fleissKappa()).isNull();
        assertThat(denial.labels().get("DENIAL").pairs().getFirst().spanF1Exact()).isNull();
        assertThat(denial.notes()).anyMatch(n -> n.contains("for DENIAL"));

        AgreementReport alone = AgreementCalculator.compute(
                new AgreementInput(input.documents(), List.of("a"), List.of(span("a", "CLAIM", 0, 4))), LABELS);
        assertThat(alone.alphaU()).isNull();
        assertThat(alone.pairs()).isEmpty();
        assertThat(alone.notes()).anyMatch(n -> n.contains("at least two annotators"));
    }
}
