package org.claimdesk.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A bounded map that forgets its least recently used entry, safe across threads. For values that
 * never go stale (documents never change, move or go away), so the bound is only about memory.
 */
final class RecentlyUsed<K, V> {
    private final Map<K, V> entries;

    RecentlyUsed(int capacity) {
        entries = new LinkedHashMap<>(Math.min(capacity, 256), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized @Nullable V get(K key) {
        return entries.get(key);
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    synchronized V computeIfAbsent(K key, Function<K, V> compute) {
        return entries.computeIfAbsent(key, compute);
    }
}
