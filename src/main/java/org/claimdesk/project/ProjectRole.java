package org.claimdesk.project;

/** A member's role in one project, from most to least powerful. */
public enum ProjectRole {
    OWNER, CURATOR, ANNOTATOR, VIEWER;

    /** True when this role includes everything the other role may do. */
    public boolean atLeast(ProjectRole other) {
        return ordinal() <= other.ordinal();
    }
}
