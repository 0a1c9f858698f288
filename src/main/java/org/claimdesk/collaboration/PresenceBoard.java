package org.claimdesk.collaboration;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who has which document open, on every node: each view announces itself when it opens and
 * leaves when it closes; the announcements travel through NOTIFY like changes do.
 */
@Service
public class PresenceBoard {
    static final String CHANNEL = "claimdesk_presence";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Map<Long, Map<String, String>> viewsByDocument = new ConcurrentHashMap<>();
    private final Map<Long, List<Consumer<Set<String>>>> watchers = new ConcurrentHashMap<>();

    PresenceBoard(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void join(Presence p) {
        announce(new Announcement(p, true));
    }

    public void leave(Presence p) {
        announce(new Announcement(p, false));
    }

    /** Calls {@code watcher} with the usernames present whenever they change. */
    public ChangeFeed.Subscription watch(long documentId, Consumer<Set<String>> watcher) {
        watchers.computeIfAbsent(documentId, id -> new CopyOnWriteArrayList<>()).add(watcher);
        return () -> watchers.computeIfPresent(documentId, (id, list) -> {
            list.remove(watcher);
            return list.isEmpty() ? null : list;
        });
    }

    public Set<String> present(long documentId) {
        return new TreeSet<>(viewsByDocument.getOrDefault(documentId, Map.of()).values());
    }

    private void announce(Announcement a) {
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, json.writeValueAsString(a)).query().singleRow();
    }

    void deliver(String payload) {
        Announcement a = json.readValue(payload, Announcement.class);
        long doc = a.presence().documentId();
        Map<String, String> views = viewsByDocument.computeIfAbsent(doc, id -> new ConcurrentHashMap<>());
        if (a.joined()) {
            views.put(a.presence().viewKey(), a.presence().username());
        } else {
            views.remove(a.presence().viewKey());
        }
        Set<String> now = present(doc);
        watchers.getOrDefault(doc, List.of()).forEach(w -> w.accept(now));
    }

    record Announcement(Presence presence, boolean joined) {
    }
}
