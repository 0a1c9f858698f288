package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimdesk.annotation.OwnLayerEditing;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Andrei Krutskikh", "Krutskikh" and a linked "He" become one source; claims group by it. */
@ClaimDeskTest
class SourceServiceIT {
    // "Andrei Krutskikh said" [0,21) "talks go on" [27,38) "Krutskikh said" [40,54) "no" [55,57) "He said" [59,66) "maybe" [67,72)
    private static final String TEXT = "Andrei Krutskikh said that talks go on. Krutskikh said no. He said maybe.";

    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    OwnLayerEditing annotations;
    @Autowired
    SourceService sources;
    @Autowired
    ReviewService reviews;

    @Test
    void attributions_are_normalized_merged_and_claims_grouped_by_source() {
        String owner = testUsers.newUser("owner").username();
        String annotator = testUsers.newUser("annotator").username();
        long project = testUsers.newProject(owner, annotator, ProjectRole.ANNOTATOR);
        DocumentContent doc = documents.importDocument(project, NewDocument.of("Sources", TEXT, null));
        long full = claimWithSource(doc.id(), 27, 38, 0, 21);
        long surname = claimWithSource(doc.id(), 55, 57, 40, 54);
        long pronoun = claimWithSource(doc.id(), 67, 72, 59, 66);

        sources.assign(full, "Andrei  Krutskikh");
        sources.assign(surname, "Krutskikh");
        SourceEntity same = sources.assign(pronoun, "andrei krutskikh");
        assertThat(same.name()).isEqualTo("Andrei Krutskikh");
        assertThat(sources.sources(project)).extracting(SourceEntity::name).containsExactly("Andrei Krutskikh", "Krutskikh");

        SourceEntity into = sources.sources(project).getFirst();
        SourceEntity from = sources.sources(project).getLast();
        TestUsers.signIn(annotator);
        assertThatThrownBy(() -> sources.merge(project, from.id(), into.id())).isInstanceOf(ForbiddenException.class);
        TestUsers.signIn(owner);
        sources.merge(project, from.id(), into.id());
        assertThat(sources.sources(project)).singleElement().satisfies(s -> assertThat(s.attributions()).isEqualTo(3));
        assertThat(sources.sourceOf(surname)).contains("Andrei Krutskikh");

        List<ClaimRow> byKrutskikh = reviews.claims(project,
                new ClaimFilter(null, null, "andrei krutskikh", ClaimFilter.Sort.SOURCE, false), 0, 50);
        assertThat(byKrutskikh).extracting(ClaimRow::text).containsExactly("talks go on", "no", "maybe");
        assertThat(byKrutskikh).allSatisfy(r -> assertThat(r.sourceEntities()).isEqualTo("Andrei Krutskikh"));
    }

    @Test
    void only_attributions_get_a_source_and_names_are_validated() {
        String owner = testUsers.newUser("owner").username();
        long project = testUsers.newProject(owner);
        DocumentContent doc = documents.importDocument(project, NewDocument.of("Sources", TEXT, null));
        SpanDto claim = annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(27, 38)), SpanOrigin.MANUAL);
        assertThatThrownBy(() -> sources.assign(claim.id(), "Krutskikh")).isInstanceOf(InvalidInputException.class);
        SpanDto attribution = annotations.createSpan(doc.id(), "ATTRIBUTION", List.of(new Fragment(0, 21)), SpanOrigin.MANUAL);
        assertThatThrownBy(() -> sources.assign(attribution.id(), "  ")).isInstanceOf(InvalidInputException.class);
        assertThat(sources.sources(project)).isEmpty();
    }

    /** A claim linked to its attribution; returns the attribution's id. */
    private long claimWithSource(long doc, int cs, int ce, int as, int ae) {
        SpanDto claim = annotations.createSpan(doc, "CLAIM", List.of(new Fragment(cs, ce)), SpanOrigin.MANUAL);
        SpanDto attribution = annotations.createSpan(doc, "ATTRIBUTION", List.of(new Fragment(as, ae)), SpanOrigin.MANUAL);
        annotations.createRelation(doc, null, claim.id(), attribution.id());
        return attribution.id();
    }
}
