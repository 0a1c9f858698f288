package org.claimdesk.review;

import java.util.List;
import org.claimdesk.annotation.ActivityService;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.project.ProjectAccess;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectSummary;
import org.claimdesk.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the provenance of one claim. */
@Service
public class ProvenanceService {
    private static final double SIMILARITY = 0.4;

    private final LayerReader annotations;
    private final DocumentService documents;
    private final ActivityService activity;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    private final ClaimSpans claimSpans;

    ProvenanceService(LayerReader annotations, DocumentService documents, ActivityService activity,
                      ProjectAccess access, CurrentUser currentUser, JdbcClient jdbc, ClaimSpans claimSpans) {
        this.claimSpans = claimSpans;
        this.annotations = annotations;
        this.documents = documents;
        this.activity = activity;
        this.access = access;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Provenance of(long claimId) {
        SpanDto claim = annotations.visibleSpan(claimId)
                .orElseThrow(() -> new NotFoundException("Span " + claimId + " not found."));
        ClaimSpans.Neighbourhood around = claimSpans.neighbourhood(claim);
        if (!around.structure().isClaim(claimId)) {
            throw new InvalidInputException("Provenance is traced for claims (a label with the claim role, or an "
                    + "event's claim argument); this one is " + claim.label() + ".");
        }
        DocumentContent doc = documents.get(claim.documentId());
        ProjectSummary project = access.require(doc.projectId(), ProjectRole.VIEWER);
        List<Provenance.Source> sources = around.structure().sources(claimId).stream()
                .map(around.spans()::get)
                .map(a -> new Provenance.Source(a, OutletFinder.outletIn(a.text()).orElse(null)))
                .toList();
        List<SpanDto> denials = around.structure().denials(claimId).stream().map(around.spans()::get).toList();
        boolean everyone = project.seesOthersWork();
        return new Provenance(claim, sources, doc.title(), doc.publisher(), doc.sourceUrl(), denials,
                similar(doc.projectId(), claim, everyone), activity.historyOf(doc.projectId(), "span", claimId));
    }

    private List<Provenance.SimilarClaim> similar(long projectId, SpanDto claim, boolean everyone) {
        return jdbc.sql("""
                        select s.id, s.document_id, d.title, s.covered_text, similarity(s.covered_text, :text) as sim
                        from span s
                        join label l on l.id = s.label_id and l.fact_role = 'CLAIM'
                        join document d on d.id = s.document_id
                        where d.project_id = :project and s.id <> :id
                          and (:everyone or s.annotator_id = :me)
                          and similarity(s.covered_text, :text) >= :threshold
                        order by sim desc, s.id
                        limit 10""")
                .param("text", claim.text()).param("project", projectId).param("id", claim.id())
                .param("everyone", everyone).param("me", currentUser.id()).param("threshold", SIMILARITY)
                .query((rs, i) -> new Provenance.SimilarClaim(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getDouble(5)))
                .list();
    }
}
