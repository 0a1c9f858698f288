package org.claimdesk.project;

/** A project as its member sees it: with the caller's own role. */
public record ProjectSummary(long id, String name, ProjectRole role, boolean snapToWords, boolean blind) {
}
