package org.claimdesk.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimReviewRepository extends JpaRepository<ClaimReview, Long> {
    Optional<ClaimReview> findBySpanIdAndReviewerId(long spanId, long reviewerId);

    List<ClaimReview> findBySpanIdOrderByUpdatedAtDesc(long spanId);
}
