package org.claimdesk.annotation.event;

/** An annotator marked their layer of a document finished: it takes no more of their own writes. */
public record LayerFinished(long projectId, long documentId, long layerId) {
}
