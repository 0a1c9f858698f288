package org.claimdesk.review;

import org.springframework.context.ApplicationEventPublisher;
import org.claimdesk.review.event.ClaimReviewed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.base.WebAddress;
import org.claimdesk.collaboration.ChangeFeed;
import org.claimdesk.collaboration.DocumentChange;
import org.claimdesk.document.DocumentAccess;
import org.claimdesk.document.DocumentService;
import org.claimdesk.project.ProjectAccess;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.ProjectSummary;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.UserService;
import org.claimdesk.security.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Verdicts on claims: each reviewer has at most one per claim, with its evidence. */
@Service
public class ReviewService {
    static final int MAX_EVIDENCE = 20;
    static final int MAX_TEXT = 5_000;

    private final ClaimReviewRepository reviews;
    private final LayerReader annotations;
    private final DocumentService documents;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final ChangeFeed changes;
    private final ClaimsQuery claims;
    private final ClaimSpans claimSpans;
    private final ProjectAccess access;

    ReviewService(ClaimReviewRepository reviews, LayerReader annotations, DocumentService documents,
                  ProjectService projects, CurrentUser currentUser, UserService users, ApplicationEventPublisher events,
                  ChangeFeed changes, ClaimsQuery claims, ProjectAccess access, ClaimSpans claimSpans) {
        this.claimSpans = claimSpans;
        this.claims = claims;
        this.access = access;
        this.reviews = reviews;
        this.annotations = annotations;
        this.documents = documents;
        this.projects = projects;
        this.currentUser = currentUser;
        this.users = users;
        this.events = events;
        this.changes = changes;
    }

    /** The verdicts on a claim the caller can see, newest first. */
    @Transactional(readOnly = true)
    public List<ReviewDto> reviews(long spanId) {
        visibleClaim(spanId);
        List<ClaimReview> rows = reviews.findBySpanIdOrderByUpdatedAtDesc(spanId);
        Map<Long, UserSummary> names = users.byIds(rows.stream().map(ClaimReview::getReviewerId).distinct().toList());
        return rows.stream().map(r -> toDto(r, names.get(r.getReviewerId()).username())).toList();
    }

    /**
     * One page of the project's claims table. Everyone's claims where layers are visible (not a
     * blind project, or the caller curates), otherwise the caller's own.
     */
    @Transactional(readOnly = true)
    public List<ClaimRow> claims(long projectId, ClaimFilter filter, int offset, int limit) {
        var project = access.require(projectId, ProjectRole.VIEWER);
        return claims.page(projectId, projects.schemaUnchecked(projectId), currentUser.id(), seesEveryone(project), filter, offset, Math.min(limit, 500));
    }

    @Transactional(readOnly = true)
    public long countClaims(long projectId, ClaimFilter filter) {
        var project = access.require(projectId, ProjectRole.VIEWER);
        return claims.count(projectId, projects.schemaUnchecked(projectId), currentUser.id(), seesEveryone(project), filter);
    }

    private static boolean seesEveryone(ProjectSummary project) {
        return project.seesOthersWork();
    }

    /** The caller's own verdict on a claim, if they gave one. */
    @Transactional(readOnly = true)
    public Optional<ReviewDto> mine(long spanId) {
        visibleClaim(spanId);
        UserSummary me = currentUser.require();
        return reviews.findBySpanIdAndReviewerId(spanId, me.id()).map(r -> toDto(r, me.username()));
    }

    /** The rating scale that applies to a claim. */
    @Transactional(readOnly = true)
    public List<String> scaleFor(long spanId) {
        SpanDto claim = visibleClaim(spanId);
        return projects.ratingScale(documents.get(claim.documentId()).projectId());
    }

    /** Sets the caller's verdict on a claim, replacing their earlier one and its evidence. */
    @Transactional
    public ReviewDto review(long spanId, @Nullable String verdict, @Nullable List<EvidenceItem> evidence,
                            @Nullable Long expectedVersion) {
        SpanDto claim = visibleClaim(spanId);
        DocumentAccess doc = documents.getWithRole(claim.documentId(), ProjectRole.ANNOTATOR);
        List<String> scale = projects.ratingScale(doc.project().id());
        String v = verdict == null ? "" : verdict.strip();
        if (!scale.contains(v)) {
            throw new InvalidInputException("verdict", "Verdict " + TextRules.quote(v) + " is not on this project's rating scale " + scale + ".");
        }
        List<EvidenceItem> items = clean(evidence == null ? List.of() : evidence);
        UserSummary me = currentUser.require();
        ClaimReview review = reviews.findBySpanIdAndReviewerId(spanId, me.id())
                .orElseGet(() -> new ClaimReview(spanId, claim.documentId(), me.id()));
        if (expectedVersion != null && review.getId() != null && review.getVersion() != expectedVersion) {
            throw new ConflictException("Your verdict on this claim was changed elsewhere in the meantime;"
                    + " the current one is shown, please try again.");
        }
        ReviewDto before = review.getId() == null ? null : toDto(review, me.username());
        review.set(v, items);
        ClaimReview saved = reviews.saveAndFlush(review);
        ReviewDto after = toDto(saved, me.username());
        events.publishEvent(new ClaimReviewed(claim.documentId(), me.id(), saved.getId(), before, after));
        changes.publish(new DocumentChange(claim.documentId(), me.id(), DocumentChange.Entity.REVIEW, saved.getId(),
                saved.getVersion(), false));
        return after;
    }

    private SpanDto visibleClaim(long spanId) {
        SpanDto span = annotations.visibleSpan(spanId)
                .orElseThrow(() -> new NotFoundException("Span " + spanId + " not found."));
        if (!claimSpans.isClaim(span)) {
            throw new InvalidInputException("Only claims get a verdict (a label with the claim role, or an event's "
                    + "claim argument); this one is " + span.label() + ".");
        }
        return span;
    }

    private static List<EvidenceItem> clean(List<EvidenceItem> evidence) {
        if (evidence.size() > MAX_EVIDENCE) {
            throw new InvalidInputException("A verdict may have at most " + MAX_EVIDENCE + " evidence items.");
        }
        List<EvidenceItem> items = new ArrayList<>();
        for (EvidenceItem e : evidence) {
            if (e == null) {
                continue;
            }
            String url = WebAddress.httpOrNull(e.url(), "Evidence URL");
            String quote = text(e.quote(), "quote");
            String note = text(e.note(), "note");
            if (url != null || quote != null || note != null) {
                items.add(new EvidenceItem(url, quote, note));
            }
        }
        return items;
    }

    private static @Nullable String text(@Nullable String s, String what) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return TextRules.freeText("evidence " + what, s.strip(), MAX_TEXT);
    }

    private static ReviewDto toDto(ClaimReview r, String reviewer) {
        return new ReviewDto(r.getId(), r.getSpanId(), reviewer, r.getVerdict(), List.copyOf(r.getEvidence()),
                r.getUpdatedAt(), r.getVersion());
    }
}
