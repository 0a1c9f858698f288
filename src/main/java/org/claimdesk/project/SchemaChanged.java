package org.claimdesk.project;

/** A project's schema was replaced (after the schema editor's PUT); open editors reload it. */
public record SchemaChanged(long projectId, long version) {
}
