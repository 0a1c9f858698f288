package org.claimdesk.review.ui;

import org.claimdesk.review.ClaimSpans;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanSection;
import org.claimdesk.review.ReviewService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/** Puts the verdict form under a selected claim in the annotation view. */
@Service
@Order(1)
class ClaimVerdictSection implements SpanSection {
    private final ReviewService reviews;

    private final ClaimSpans claimSpans;

    ClaimVerdictSection(ReviewService reviews, ClaimSpans claimSpans) {
        this.claimSpans = claimSpans;
        this.reviews = reviews;
    }

    @Override
    public Optional<Component> sectionFor(SpanDto span, boolean readOnly) {
        return claimSpans.isClaim(span)
                ? Optional.of(new ClaimVerdictForm(reviews, span.id(), readOnly))
                : Optional.empty();
    }
}
