package org.claimdesk.project;

/** A project as its member sees it: with the caller's own role. */
public record ProjectSummary(long id, String name, ProjectRole role, boolean snapToWords, boolean blind) {
    /** In a blind project only curators and owners see other members' layers, verdicts and history. */
    public boolean seesOthersWork() {
        return !blind || role.atLeast(ProjectRole.CURATOR);
    }
}
