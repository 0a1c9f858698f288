package org.claimdesk.annotation;

import org.claimdesk.document.TextOffsets;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.project.ProjectSummary;
import org.claimdesk.security.UserSummary;

/**
 * One layer of one document, opened for writing after the access checks: whose layer it is, who
 * writes (the same person for their own layer; a curator for gold or an import), the schema and
 * the text every new span is checked against.
 */
record LayerContext(ProjectSummary project, long documentId, UserSummary layer, long actorId, LabelSchema schema,
                    TextOffsets text, boolean gold) {
}
