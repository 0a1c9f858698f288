package org.claimdesk.annotation.event;

import java.util.List;

/**
 * An import or a bulk request added spans and relations to a layer in one transaction, after the
 * SpanCreated (marked {@code batch}) and RelationCreated events of each item: open editors take
 * the items one by one, or reload the layer once when there are many.
 */
public record LayerBatchStored(long projectId, long documentId, long layerId, long actorId, List<Long> spanIds,
                               List<Long> relationIds) {
}
