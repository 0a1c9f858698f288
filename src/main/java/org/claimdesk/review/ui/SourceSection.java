package org.claimdesk.review.ui;

import org.claimdesk.review.ClaimSpans;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import java.util.Optional;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanSection;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.Notifications;
import org.claimdesk.document.DocumentService;
import org.claimdesk.review.SourceEntity;
import org.claimdesk.review.SourceService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/** Under a selected attribution: which normalized source it names (pick one or type a new one). */
@Service
@Order(0)
class SourceSection implements SpanSection {
    private final SourceService sources;
    private final DocumentService documents;

    private final ClaimSpans claimSpans;

    SourceSection(SourceService sources, DocumentService documents, ClaimSpans claimSpans) {
        this.claimSpans = claimSpans;
        this.sources = sources;
        this.documents = documents;
    }

    @Override
    public Optional<Component> sectionFor(SpanDto span, boolean readOnly) {
        if (!claimSpans.isAttribution(span)) {
            return Optional.empty();
        }
        long projectId = documents.get(span.documentId()).projectId();
        ComboBox<String> source = new ComboBox<>("Source");
        source.setHelperText("Who is speaking: pick a known source or type a new name");
        source.setAllowCustomValue(true);
        source.setWidthFull();
        source.setItems(sources.sources(projectId).stream().map(SourceEntity::name).toList());
        sources.sourceOf(span.id()).ifPresent(source::setValue);
        source.setReadOnly(readOnly);
        source.addCustomValueSetListener(e -> assign(span, e.getDetail(), source, projectId));
        source.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                assign(span, e.getValue(), source, projectId);
            }
        });
        return Optional.of(new Div(new H4("Source"), source));
    }

    private void assign(SpanDto span, String name, ComboBox<String> box, long projectId) {
        try {
            SourceEntity s = sources.assign(span.id(), name);
            box.setItems(sources.sources(projectId).stream().map(SourceEntity::name).toList());
            box.setValue(s.name());
            Notifications.info("Attributed to source '" + s.name() + "'.");
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }
}
