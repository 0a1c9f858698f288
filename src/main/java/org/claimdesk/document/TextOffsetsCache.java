package org.claimdesk.document;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Offset maps of recently used documents. Documents never change, so an entry never goes stale;
 * the cache only bounds memory.
 */
@Component
public class TextOffsetsCache {
    private static final int CAPACITY = 64;
    private final RecentlyUsed<Long, TextOffsets> cache = new RecentlyUsed<>(CAPACITY);

    public TextOffsets of(DocumentContent document) {
        return cache.computeIfAbsent(document.id(), id -> new TextOffsets(document.text()));
    }

    /** The offsets of a document, loading it only when they are not cached. */
    public TextOffsets of(long documentId, Supplier<DocumentContent> loader) {
        TextOffsets cached = cache.get(documentId);
        return cached != null ? cached : of(loader.get());
    }
}
