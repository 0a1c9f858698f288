package org.claimdesk.annotation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.claimdesk.collaboration.ChangeFeed;
import org.claimdesk.collaboration.DocumentChange;
import org.claimdesk.collaboration.Presence;
import org.claimdesk.collaboration.PresenceBoard;
import org.jspecify.annotations.Nullable;

/**
 * What an open document hears while its view is attached: changes made elsewhere (another tab,
 * another reviewer, another node) and who else has it open, shown in {@link #label()}.
 */
final class DocumentLiveFeed {
    private final ChangeFeed feed;
    private final PresenceBoard presence;
    private final String viewKey = UUID.randomUUID().toString();
    private final Span label = new Span();
    private final List<ChangeFeed.Subscription> subscriptions = new ArrayList<>();
    private @Nullable Presence here;

    DocumentLiveFeed(ChangeFeed feed, PresenceBoard presence) {
        this.feed = feed;
        this.presence = presence;
    }

    /** "Also here: ..." */
    Span label() {
        return label;
    }

    /**
     * Listens to one document as {@code me}, handing changes to {@code onChange} and a new schema of
     * its project to {@code onSchema}, in the UI's session.
     */
    void start(UI ui, long documentId, long projectId, String me, Consumer<DocumentChange> onChange,
               Runnable onSchema) {
        stop();
        subscriptions.add(feed.subscribe(documentId, change -> ui.access(() -> onChange.accept(change))));
        subscriptions.add(feed.subscribeProject(projectId, change -> ui.access(onSchema::run)));
        subscriptions.add(presence.watch(documentId, names -> ui.access(() -> show(names, me))));
        here = new Presence(documentId, me, viewKey);
        presence.join(here);
    }

    void stop() {
        subscriptions.forEach(ChangeFeed.Subscription::cancel);
        subscriptions.clear();
        if (here != null) {
            presence.leave(here);
            here = null;
        }
    }

    private void show(Set<String> names, String me) {
        List<String> others = names.stream().filter(n -> !n.equals(me)).toList();
        label.setText(others.isEmpty() ? "" : "Also here: " + String.join(", ", others));
    }
}
