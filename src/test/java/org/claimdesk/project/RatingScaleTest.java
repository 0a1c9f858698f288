package org.claimdesk.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.claimdesk.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class RatingScaleTest {
    @Test
    void strips_verdicts_and_keeps_their_order() {
        assertThat(RatingScale.validate(List.of(" true", "false "))).containsExactly("true", "false");
    }

    @Test
    void refuses_duplicates_regardless_of_case_blanks_and_control_characters() {
        assertThatThrownBy(() -> RatingScale.validate(List.of("True", "true"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> RatingScale.validate(List.of("true", " "))).hasMessageContaining("blank");
        assertThatThrownBy(() -> RatingScale.validate(List.of("true", "fa\u0007lse"))).hasMessageContaining("control");
        assertThatThrownBy(() -> RatingScale.validate(List.of("true", "x".repeat(41)))).hasMessageContaining("40");
        assertThatThrownBy(() -> RatingScale.validate(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void has_between_two_and_twenty_verdicts() {
        String[] twentyOne = new String[21];
        Arrays.setAll(twentyOne, i -> "v" + i);
        assertThatThrownBy(() -> RatingScale.validate(List.of(twentyOne))).hasMessageContaining("not 21");
        assertThatThrownBy(() -> RatingScale.validate(List.of("one"))).hasMessageContaining("not 1");
    }
}
