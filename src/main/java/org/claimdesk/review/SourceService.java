package org.claimdesk.review;

import java.util.List;
import java.util.Optional;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.document.DocumentAccess;
import org.claimdesk.document.DocumentService;
import org.claimdesk.project.ProjectAccess;
import org.claimdesk.project.ProjectRole;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Normalizes who said what: each ATTRIBUTION span can point at a source entity of its project,
 * found by name without regard to case, and curators merge entities that are the same source.
 */
@Service
public class SourceService {

    private final JdbcClient jdbc;
    private final LayerReader annotations;
    private final DocumentService documents;
    private final ProjectAccess access;

    private final ClaimSpans claimSpans;

    SourceService(JdbcClient jdbc, LayerReader annotations, DocumentService documents, ProjectAccess access,
                  ClaimSpans claimSpans) {
        this.claimSpans = claimSpans;
        this.jdbc = jdbc;
        this.annotations = annotations;
        this.documents = documents;
        this.access = access;
    }

    /** Points an attribution span at the source of that name, creating the source if new. */
    @Transactional
    public SourceEntity assign(long spanId, @Nullable String name) {
        SpanDto span = attribution(spanId);
        DocumentAccess doc = documents.getWithRole(span.documentId(), ProjectRole.ANNOTATOR);
        String clean = TextRules.name("source name", name == null ? "" : name.strip().replaceAll("\\s+", " "), 300);
        long projectId = doc.project().id();
        jdbc.sql("insert into source_entity (project_id, name) values (?, ?) on conflict (project_id, lower(name)) do nothing")
                .params(projectId, clean).update();
        long sourceId = jdbc.sql("select id from source_entity where project_id = ? and lower(name) = lower(?)")
                .params(projectId, clean).query(Long.class).single();
        jdbc.sql("""
                insert into attribution_source (span_id, source_id) values (?, ?)
                on conflict (span_id) do update set source_id = excluded.source_id""").params(spanId, sourceId).update();
        return sources(projectId).stream().filter(s -> s.id() == sourceId).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<String> sourceOf(long spanId) {
        attribution(spanId);
        return jdbc.sql("select e.name from attribution_source a join source_entity e on e.id = a.source_id where a.span_id = ?")
                .param(spanId).query(String.class).optional();
    }

    @Transactional(readOnly = true)
    public List<SourceEntity> sources(long projectId) {
        access.require(projectId, ProjectRole.VIEWER);
        return jdbc.sql("""
                        select e.id, e.name, count(a.span_id) from source_entity e
                        left join attribution_source a on a.source_id = e.id
                        where e.project_id = ? group by e.id, e.name order by lower(e.name)""")
                .param(projectId).query((rs, i) -> new SourceEntity(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** Merges one source into another: its attributions move, it disappears. CURATORs and OWNERs. */
    @Transactional
    public void merge(long projectId, long fromId, long intoId) {
        access.require(projectId, ProjectRole.CURATOR);
        if (fromId == intoId) {
            throw new InvalidInputException("Choose two different sources to merge.");
        }
        Long found = jdbc.sql("select count(*) from source_entity where project_id = ? and id in (?, ?)")
                .params(projectId, fromId, intoId).query(Long.class).single();
        if (found != 2) {
            throw new NotFoundException("Both sources must belong to this project.");
        }
        jdbc.sql("update attribution_source set source_id = ? where source_id = ?").params(intoId, fromId).update();
        jdbc.sql("delete from source_entity where id = ?").param(fromId).update();
    }

    private SpanDto attribution(long spanId) {
        SpanDto span = annotations.visibleSpan(spanId).orElseThrow(() -> new NotFoundException("Span " + spanId + " not found."));
        if (!claimSpans.isAttribution(span)) {
            throw new InvalidInputException("Sources are set on attributions and sources (labels with those roles); "
                    + "this one is " + span.label() + ".");
        }
        return span;
    }
}
