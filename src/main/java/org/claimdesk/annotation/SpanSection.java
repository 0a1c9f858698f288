package org.claimdesk.annotation;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section that another feature adds to the side panel of the annotation view for the selected
 * span, such as the verdict form of a claim. Implementations are Spring beans; the view asks each
 * for a fresh component whenever the selection changes.
 */
public interface SpanSection {
    Optional<Component> sectionFor(SpanDto span, boolean readOnly);
}
