package org.claimdesk.collaboration;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The views listening to one document or one project; a listener that fails does not stop the rest. */
final class Subscribers<T> {
    private static final Logger log = LoggerFactory.getLogger(Subscribers.class);
    private final Map<Long, List<Consumer<T>>> byKey = new ConcurrentHashMap<>();

    ChangeFeed.Subscription add(long key, Consumer<T> listener) {
        byKey.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> byKey.computeIfPresent(key, (k, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    void deliver(long key, T change) {
        for (Consumer<T> listener : byKey.getOrDefault(key, List.of())) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                log.warn("A change listener failed: {}", e.toString());
            }
        }
    }
}
