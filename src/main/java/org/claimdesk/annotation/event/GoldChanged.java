package org.claimdesk.annotation.event;

/**
 * The gold layer of a document changed (curation or an import into gold): what a model trained
 * on gold listens to. Published after each gold write (once for a whole import): listeners that do heavy work debounce.
 */
public record GoldChanged(long projectId, long documentId, long actorId) {
}
