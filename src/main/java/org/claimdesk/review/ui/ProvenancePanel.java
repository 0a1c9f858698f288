package org.claimdesk.review.ui;

import java.util.List;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.claimdesk.annotation.ActivityEntry;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.base.ui.Links;
import org.claimdesk.review.Provenance;

/** The provenance chain, denials, similar claims and history of one claim, as text and links. */
class ProvenancePanel extends Div {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault());

    ProvenancePanel(Provenance p) {
        addClassName("cd-provenance");
        add(new H4("Provenance"));

        OrderedList chain = new OrderedList();
        chain.add(new ListItem("Claim: “" + p.claim().text() + "”"));
        if (p.sources().isEmpty()) {
            chain.add(new ListItem("Attributed to: nobody yet (select the claim, press R, click an ATTRIBUTION)"));
        }
        for (Provenance.Source s : p.sources()) {
            chain.add(new ListItem("Attributed to: “" + s.attribution().text() + "”"
                    + (s.outlet() == null ? "" : " — carried by " + s.outlet())));
        }
        ListItem published = new ListItem("Published in: " + p.documentTitle()
                + (p.publisher() == null ? "" : " (" + p.publisher() + ")"));
        if (p.sourceUrl() != null) {
            Anchor url = new Anchor(p.sourceUrl(), p.sourceUrl());
            url.setTarget("_blank");
            url.getElement().setAttribute("rel", "noopener noreferrer");
            published.add(new Span(" "), url);
        }
        chain.add(published);
        add(chain);

        add(new H5("Denied by"));
        add(list(p.denials().stream().map(SpanDto::text).map(t -> "“" + t + "”").toList(), "No denial linked."));

        add(new H5("Similar claims in the project"));
        UnorderedList similar = new UnorderedList();
        for (Provenance.SimilarClaim c : p.similar()) {
            similar.add(new ListItem(Links.to("documents/" + c.documentId() + "?span=" + c.spanId(), "“" + c.text() + "”"),
                    new Span(" · " + c.documentTitle() + " · " + Math.round(c.similarity() * 100) + "% alike")));
        }
        add(p.similar().isEmpty() ? new Span("None found.") : similar);

        add(new H5("History"));
        add(list(p.history().stream().map(ProvenancePanel::line).toList(), "No changes recorded."));
    }

    private static String line(ActivityEntry e) {
        return WHEN.format(e.at()) + " · " + (e.actor() == null ? "(deleted user)" : e.actor()) + " · " + e.action()
                + " · " + e.summary();
    }

    private static Div list(List<String> items, String empty) {
        Div div = new Div();
        if (items.isEmpty()) {
            div.add(new Span(empty));
            div.addClassName("cd-muted");
        } else {
            UnorderedList ul = new UnorderedList();
            items.forEach(i -> ul.add(new ListItem(i)));
            div.add(ul);
        }
        return div;
    }
}
