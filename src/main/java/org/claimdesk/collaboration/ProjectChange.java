package org.claimdesk.collaboration;

/**
 * Something every open document of a project must take in, such as a new schema version: the
 * views of that project reload what it affects. Carries ids only.
 */
public record ProjectChange(long projectId, Kind kind, long version) {
    public enum Kind {
        SCHEMA
    }
}
