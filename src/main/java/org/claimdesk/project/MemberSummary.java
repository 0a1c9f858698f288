package org.claimdesk.project;

public record MemberSummary(long userId, String username, String displayName, ProjectRole role) {
}
