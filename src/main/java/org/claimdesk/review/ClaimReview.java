package org.claimdesk.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "claim_review")
class ClaimReview {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "span_id")
    private long spanId;
    @Column(name = "document_id")
    private long documentId;
    @Column(name = "reviewer_id")
    private long reviewerId;
    private String verdict;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evidence", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<EvidenceItem> evidence = new ArrayList<>();

    protected ClaimReview() {
    }

    ClaimReview(long spanId, long documentId, long reviewerId) {
        this.spanId = spanId;
        this.documentId = documentId;
        this.reviewerId = reviewerId;
        this.createdAt = Instant.now();
    }

    void set(String verdict, List<EvidenceItem> evidence) {
        this.verdict = verdict;
        this.evidence.clear();
        this.evidence.addAll(evidence);
        this.updatedAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    long getSpanId() {
        return spanId;
    }

    long getDocumentId() {
        return documentId;
    }

    long getReviewerId() {
        return reviewerId;
    }

    String getVerdict() {
        return verdict;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }

    List<EvidenceItem> getEvidence() {
        return evidence;
    }
}
