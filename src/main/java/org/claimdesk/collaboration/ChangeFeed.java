package org.claimdesk.collaboration;

import java.util.function.Consumer;
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

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Subscribers<DocumentChange> documents = new Subscribers<>();
    private final Subscribers<ProjectChange> projects = new Subscribers<>();

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
        return projects.add(projectId, listener);
    }

    void deliverProject(String payload) {
        ProjectChange change = json.readValue(payload, ProjectChange.class);
        projects.deliver(change.projectId(), change);
    }

    /** Calls {@code listener} (on a background thread) for every change of the document. */
    public Subscription subscribe(long documentId, Consumer<DocumentChange> listener) {
        return documents.add(documentId, listener);
    }

    void deliver(String payload) {
        DocumentChange change = json.readValue(payload, DocumentChange.class);
        documents.deliver(change.documentId(), change);
    }

    /** Ends a subscription. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }
}
