package org.claimdesk.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Offset maps of recently used documents. Documents never change, so an entry never goes stale;
 * the cache only bounds memory.
 */
@Component
public class TextOffsetsCache {
    private static final int CAPACITY = 64;
    private final Map<Long, TextOffsets> cache = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, TextOffsets> eldest) {
            return size() > CAPACITY;
        }
    };

    public synchronized TextOffsets of(DocumentContent document) {
        return cache.computeIfAbsent(document.id(), id -> new TextOffsets(document.text()));
    }

    /** The offsets of a document, loading it only when they are not cached. */
    public TextOffsets of(long documentId, Supplier<DocumentContent> loader) {
        synchronized (this) {
            TextOffsets cached = cache.get(documentId);
            if (cached != null) {
                return cached;
            }
        }
        return of(loader.get());
    }
}
