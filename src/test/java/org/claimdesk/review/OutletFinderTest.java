package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletFinderTest {
    @Test
    void finds_the_outlet_named_after_the_cue_in_the_seed_article() {
        assertThat(OutletFinder.outletIn("Andrei Krutskikh, a special presidential envoy on cybersecurity told Russian news agencies"))
                .contains("Russian news agencies");
        assertThat(OutletFinder.outletIn("A U.S. intelligence official told Reuters that")).contains("Reuters");
        assertThat(OutletFinder.outletIn("Thomas Bossert, Trump's top counterterrorism adviser, told reporters after the summit"))
                .contains("reporters");
        assertThat(OutletFinder.outletIn("the minister said, according to TASS.")).contains("TASS");
    }

    @Test
    void an_attribution_without_an_outlet_names_none() {
        assertThat(OutletFinder.outletIn("Trump said also after the summit")).isEmpty();
        assertThat(OutletFinder.outletIn("Krutskikh was reported as saying")).isEmpty();
    }
}
