package org.claimdesk.document;

import org.claimdesk.project.ProjectSummary;

/** A document together with the caller's project and role, after the access check. */
public record DocumentAccess(DocumentContent document, ProjectSummary project) {
}
