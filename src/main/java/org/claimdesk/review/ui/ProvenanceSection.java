package org.claimdesk.review.ui;

import org.claimdesk.review.ClaimSpans;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanSection;
import org.claimdesk.review.ProvenanceService;
import org.claimdesk.review.ReviewService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/** Puts the provenance of a selected claim in the annotation view's side panel. */
@Service
@Order(2)
class ProvenanceSection implements SpanSection {
    private final ProvenanceService provenance;

    private final ClaimSpans claimSpans;

    ProvenanceSection(ProvenanceService provenance, ClaimSpans claimSpans) {
        this.claimSpans = claimSpans;
        this.provenance = provenance;
    }

    @Override
    public Optional<Component> sectionFor(SpanDto span, boolean readOnly) {
        return claimSpans.isClaim(span)
                ? Optional.of(new ProvenancePanel(provenance.of(span.id())))
                : Optional.empty();
    }
}
