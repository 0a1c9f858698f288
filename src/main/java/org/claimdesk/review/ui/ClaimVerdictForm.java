package org.claimdesk.review.ui;

import java.util.function.Consumer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.Notifications;
import org.claimdesk.review.EvidenceItem;
import org.claimdesk.review.ReviewDto;
import org.claimdesk.review.ReviewService;
import org.jspecify.annotations.Nullable;

/** The signed-in reviewer's verdict on one claim, with evidence, and the verdicts of others. */
class ClaimVerdictForm extends VerticalLayout {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());

    private final ReviewService reviews;
    private final long spanId;
    private final boolean readOnly;
    private final Select<String> verdict = new Select<>();
    private final VerticalLayout evidence = new VerticalLayout();
    private final Div others = new Div();
    private @Nullable Long version;

    ClaimVerdictForm(ReviewService reviews, long spanId, boolean readOnly) {
        this.reviews = reviews;
        this.spanId = spanId;
        this.readOnly = readOnly;
        setPadding(false);
        setSpacing(false);
        addClassName("cd-verdict");
        verdict.setLabel("Verdict");
        verdict.setItems(reviews.scaleFor(spanId));
        verdict.setEmptySelectionAllowed(false);
        verdict.setReadOnly(readOnly);
        evidence.setPadding(false);
        evidence.setSpacing(false);
        Button add = new Button("Add evidence", VaadinIcon.PLUS.create(), e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.setEnabled(!readOnly);
        Button save = new Button("Save verdict", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.setEnabled(!readOnly);
        others.addClassName("cd-muted");
        add(new H4("Verdict"), verdict, evidence, add, save, others);
        load();
    }

    private void load() {
        evidence.removeAll();
        ReviewDto mine = reviews.mine(spanId).orElse(null);
        version = mine == null ? null : mine.version();
        verdict.setValue(mine == null ? null : mine.verdict());
        (mine == null ? List.<EvidenceItem>of() : mine.evidence()).forEach(this::addRow);
        others.removeAll();
        for (ReviewDto r : reviews.reviews(spanId)) {
            others.add(new Div(new Span(r.reviewer() + ": " + r.verdict() + " · " + r.evidence().size()
                    + " evidence · " + WHEN.format(r.updatedAt()))));
        }
    }

    private void addRow(@Nullable EvidenceItem item) {
        evidence.add(new EvidenceRow(item, readOnly, evidence::remove));
    }

    private void save() {
        List<EvidenceItem> items = new ArrayList<>();
        evidence.getChildren().filter(EvidenceRow.class::isInstance).map(EvidenceRow.class::cast)
                .forEach(row -> items.add(row.value()));
        try {
            reviews.review(spanId, verdict.getValue(), items, version);
            Notifications.info("Verdict saved.");
            load();
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        } catch (ConflictException e) {
            Notifications.error(e.getMessage());
            load();
        }
    }

    /** One evidence item: address, quote, note. */
    static final class EvidenceRow extends VerticalLayout {
        private final TextField url = new TextField("Source URL");
        private final TextField quote = new TextField("Quote");
        private final TextField note = new TextField("Note");

        EvidenceRow(@Nullable EvidenceItem item, boolean readOnly, Consumer<EvidenceRow> remove) {
            setPadding(false);
            setSpacing(false);
            addClassName("cd-evidence");
            for (TextField f : List.of(url, quote, note)) {
                f.setWidthFull();
                f.setReadOnly(readOnly);
            }
            url.setPlaceholder("https://...");
            if (item != null) {
                url.setValue(item.url() == null ? "" : item.url());
                quote.setValue(item.quote() == null ? "" : item.quote());
                note.setValue(item.note() == null ? "" : item.note());
            }
            Button delete = new Button("Remove", VaadinIcon.TRASH.create(), e -> remove.accept(this));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            delete.setEnabled(!readOnly);
            add(url, quote, note, delete);
        }

        EvidenceItem value() {
            return new EvidenceItem(url.getValue(), quote.getValue(), note.getValue());
        }
    }
}
