package org.claimdesk.dataset;

import java.util.stream.IntStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.claimdesk.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class SplitPlanTest {
    @Test
    void the_same_key_always_lands_in_the_same_split_and_the_ratios_hold_over_many_keys() {
        Map<Split, Integer> counts = new EnumMap<>(Split.class);
        for (int i = 0; i < 20_000; i++) {
            Split s = SplitPlan.DEFAULT.of("doc-" + i);
            assertThat(SplitPlan.DEFAULT.of("doc-" + i)).isEqualTo(s);
            counts.merge(s, 1, Integer::sum);
        }
        assertThat(counts.get(Split.TRAIN)).isBetween(15_600, 16_400);
        assertThat(counts.get(Split.DEV)).isBetween(1_800, 2_200);
        assertThat(counts.get(Split.TEST)).isBetween(1_800, 2_200);
    }

    @Test
    void another_salt_gives_another_split() {
        SplitPlan other = new SplitPlan(true, "other", 0.8, 0.1, 0.1);
        long moved = IntStream.range(0, 1000)
                .filter(i -> other.of("doc-" + i) != SplitPlan.DEFAULT.of("doc-" + i)).count();
        assertThat(moved).isGreaterThan(100);
    }

    @Test
    void parses_ratios_and_percentages_and_refuses_ones_that_do_not_add_up() {
        assertThat(SplitPlan.parse("80/10/10", "s").train()).isEqualTo(0.8);
        assertThat(SplitPlan.parse("0.7,0.2,0.1", "s").dev()).isEqualTo(0.2);
        assertThat(SplitPlan.parse("none", "s").enabled()).isFalse();
        assertThat(SplitPlan.parse("none", "s").of("x")).isEqualTo(Split.ALL);
        assertThatThrownBy(() -> SplitPlan.parse("0.5,0.6,0.1", "s")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SplitPlan.parse("0.5,0.5", "s")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SplitPlan.parse("a,b,c", "s")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_ratio_that_is_not_a_finite_number_is_refused() {
        for (String ratios : new String[] {"0.5,NaN,0.5", "NaN,0,1", "Infinity,0,0", "0.5,0.5,-Infinity"}) {
            assertThatThrownBy(() -> SplitPlan.parse(ratios, "s")).as(ratios).isInstanceOf(InvalidInputException.class);
        }
    }
}
