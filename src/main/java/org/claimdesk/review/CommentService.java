package org.claimdesk.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.context.ApplicationEventPublisher;
import org.claimdesk.review.event.CommentPosted;
import org.claimdesk.review.event.CommentResolved;
import java.util.List;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.document.DocumentService;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Comments on spans: annotators ask, curators see the open questions and resolve them. */
@Service
public class CommentService {
    private static final String SELECT = """
            select c.id, c.span_id, c.document_id, a.username, c.text, c.created_at, s.covered_text, r.username
            from span_comment c
            join app_user a on a.id = c.author_id
            join span s on s.id = c.span_id
            left join app_user r on r.id = c.resolved_by
            """;

    private final JdbcClient jdbc;
    private final LayerReader annotations;
    private final DocumentService documents;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    CommentService(JdbcClient jdbc, LayerReader annotations, DocumentService documents, CurrentUser currentUser,
                   ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.annotations = annotations;
        this.documents = documents;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Transactional
    public SpanComment comment(long spanId, @Nullable String text) {
        SpanDto span = annotations.visibleSpan(spanId).orElseThrow(() -> new NotFoundException("Span " + spanId + " not found."));
        documents.getWithRole(span.documentId(), ProjectRole.ANNOTATOR);
        String body = TextRules.freeText("comment", text == null ? "" : text.strip(), 5000);
        if (body.isEmpty()) {
            throw new InvalidInputException("comment", "A comment needs 1 to 5,000 characters.");
        }
        UserSummary me = currentUser.require();
        long id = jdbc.sql("insert into span_comment (span_id, document_id, author_id, text) values (?, ?, ?, ?) returning id")
                .params(spanId, span.documentId(), me.id(), body).query(Long.class).single();
        SpanComment c = byId(id);
        events.publishEvent(new CommentPosted(span.documentId(), me.id(), id, c));
        return c;
    }

    @Transactional(readOnly = true)
    public List<SpanComment> onSpan(long spanId) {
        annotations.visibleSpan(spanId).orElseThrow(() -> new NotFoundException("Span " + spanId + " not found."));
        return jdbc.sql(SELECT + " where c.span_id = ? order by c.id").param(spanId).query(CommentService::row).list();
    }

    /** The unresolved comments of a document, for its curators. */
    @Transactional(readOnly = true)
    public List<SpanComment> openQuestions(long documentId) {
        documents.getWithRole(documentId, ProjectRole.CURATOR);
        return jdbc.sql(SELECT + " where c.document_id = ? and c.resolved_at is null order by c.id")
                .param(documentId).query(CommentService::row).list();
    }

    @Transactional
    public void resolve(long commentId) {
        SpanComment c = byId(commentId);
        documents.getWithRole(c.documentId(), ProjectRole.CURATOR);
        UserSummary me = currentUser.require();
        jdbc.sql("update span_comment set resolved_by = ?, resolved_at = now() where id = ? and resolved_at is null")
                .params(me.id(), commentId).update();
        events.publishEvent(new CommentResolved(c.documentId(), me.id(), commentId, c, byId(commentId)));
    }

    private SpanComment byId(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(CommentService::row).optional()
                .orElseThrow(() -> new NotFoundException("Comment " + id + " not found."));
    }

    private static SpanComment row(ResultSet rs, int i) throws SQLException {
        return new SpanComment(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8));
    }
}
