package org.claimdesk.annotation;

/** A typed, directed link between two spans of the same layer. */
public record RelationDto(long id, long documentId, String type, long from, long to, long version) {
}
