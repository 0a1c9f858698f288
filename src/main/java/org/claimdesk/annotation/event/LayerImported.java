package org.claimdesk.annotation.event;

import java.util.List;

/**
 * An import added spans and relations to a layer in one transaction, after the SpanCreated and
 * RelationCreated events of each item: open editors reload or take the items one by one.
 */
public record LayerImported(long projectId, long documentId, long layerId, long actorId, List<Long> spanIds,
                            int relations) {
}
