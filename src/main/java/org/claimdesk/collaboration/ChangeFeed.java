package org.claimdesk.collaboration;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes document changes to every node and delivers them to the views that subscribed.
 * {@link #publish} runs inside the writer's transaction: PostgreSQL delivers a NOTIFY only when
 * that transaction commits, so nobody hears of a change that was rolled back.
 */
@Service
public class ChangeFeed {
    static final String CHANNEL = "claimdesk_changes";
    static final String PROJECT_CHANNEL = "claimdesk_project_changes";
    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Map<Long, List<Consumer<DocumentChange>>> subscribers = new ConcurrentHashMap<>();
    private final Map<Long, List<Consumer<ProjectChange>>> projectSubscribers = new ConcurrentHashMap<>();

    ChangeFeed(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void publish(DocumentChange change) {
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, json.writeValueAsString(change)).query().singleRow();
    }

    /** Tells every node, when the caller's transaction commits, that a project changed. */
    public void publish(ProjectChange change) {
        jdbc.sql("select pg_notify(?, ?)").params(PROJECT_CHANNEL, json.writeValueAsString(change)).query().singleRow();
    }

    /** Calls {@code listener} (on a background thread) for every change of the project as a whole. */
    public Subscription subscribeProject(long projectId, Consumer<ProjectChange> listener) {
        projectSubscribers.computeIfAbsent(projectId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> projectSubscribers.computeIfPresent(projectId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    void deliverProject(String payload) {
        ProjectChange change = json.readValue(payload, ProjectChange.class);
        for (Consumer<ProjectChange> listener : projectSubscribers.getOrDefault(change.projectId(), List.of())) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                log.warn("A project change listener failed: {}", e.toString());
            }
        }
    }

    /** Calls {@code listener} (on a background thread) for every change of the document. */
    public Subscription subscribe(long documentId, Consumer<DocumentChange> listener) {
        subscribers.computeIfAbsent(documentId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> subscribers.computeIfPresent(documentId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    void deliver(String payload) {
        DocumentChange change = json.readValue(payload, DocumentChange.class);
        for (Consumer<DocumentChange> listener : subscribers.getOrDefault(change.documentId(), List.of())) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                log.warn("A change listener failed: {}", e.toString());
            }
        }
    }

    /** Ends a subscription. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }
}
