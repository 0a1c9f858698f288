package org.claimdesk.annotation.event;

/** An annotator reopened their finished layer of a document for editing. */
public record LayerReopened(long projectId, long documentId, long layerId) {
}
