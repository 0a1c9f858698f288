package org.claimdesk.review;

/** A normalized source of claims in a project, with how many attribution spans point at it. */
public record SourceEntity(long id, String name, long attributions) {
}
