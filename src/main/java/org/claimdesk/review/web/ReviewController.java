package org.claimdesk.review.web;

import java.util.List;
import org.claimdesk.review.EvidenceItem;
import org.claimdesk.review.ReviewDto;
import org.claimdesk.review.ReviewService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReviewController {
    private final ReviewService reviews;

    ReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/api/spans/{id}/reviews")
    List<ReviewDto> reviews(@PathVariable long id) {
        return reviews.reviews(id);
    }

    /** Sets the caller's verdict on a claim: {"verdict", "evidence":[{"url","quote","note"}], "version"?}. */
    @PutMapping("/api/spans/{id}/review")
    ReviewDto review(@PathVariable long id, @RequestBody VerdictJson body) {
        return reviews.review(id, body.verdict(), body.evidence(), body.version());
    }

    record VerdictJson(@Nullable String verdict, @Nullable List<EvidenceItem> evidence, @Nullable Long version) {
    }
}
