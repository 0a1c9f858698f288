package org.claimdesk.labelcount;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.claimdesk.annotation.event.SpanCreated;
import org.claimdesk.annotation.event.SpanDeleted;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

/**
 * A feature that annotation knows nothing of: it counts the spans of each label as they are
 * created and deleted, from the annotation events alone.
 */
class SpansPerLabelCounter implements ApplicationListener<PayloadApplicationEvent<?>> {
    private final Map<String, Integer> byLabel = new ConcurrentHashMap<>();

    @Override
    public void onApplicationEvent(PayloadApplicationEvent<?> event) {
        if (event.getPayload() instanceof SpanCreated created) {
            byLabel.merge(created.label(), 1, Integer::sum);
        } else if (event.getPayload() instanceof SpanDeleted deleted) {
            byLabel.merge(deleted.label(), -1, Integer::sum);
        }
    }

    int count(String label) {
        return byLabel.getOrDefault(label, 0);
    }
}
