package org.claimdesk.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.springframework.stereotype.Component;

/** Every {@link FormatSupport} bean by id; two formats with one id stop the application at start-up. */
@Component
public class FormatRegistry {
    private final Map<String, FormatSupport> byId = new LinkedHashMap<>();

    /** The order formats are offered in (the rest after these, by id). */
    private static final List<String> ORDER = List.of("jsonl", "conll", "bioes", "hf", "spacy", "brat", "labelstudio",
            "doccano", "w3c", "claimreview", "csv", "txt", "html");

    public FormatRegistry(List<FormatSupport> formats) {
        List<FormatSupport> sorted = new ArrayList<>(formats);
        sorted.sort(Comparator.comparingInt((FormatSupport f) -> ORDER.contains(f.id()) ? ORDER.indexOf(f.id())
                : ORDER.size()).thenComparing(FormatSupport::id));
        for (FormatSupport f : sorted) {
            FormatSupport clash = byId.putIfAbsent(f.id(), f);
            if (clash != null) {
                throw new IllegalStateException("Two formats share the id '" + f.id() + "': "
                        + clash.getClass().getName() + " and " + f.getClass().getName());
            }
        }
    }

    public List<FormatSupport> all() {
        return List.copyOf(byId.values());
    }

    public FormatSupport writable(String id) {
        FormatSupport f = byId.get(id);
        if (f == null || !f.canWrite()) {
            throw new InvalidInputException("Unknown export format " + TextRules.quote(id) + "; the formats are "
                    + byId.values().stream().filter(FormatSupport::canWrite).map(FormatSupport::id).toList() + ".");
        }
        return f;
    }

    public FormatSupport readable(String id) {
        FormatSupport f = byId.get(id);
        if (f == null || !f.canRead()) {
            throw new InvalidInputException("Unknown import format " + TextRules.quote(id) + "; annotations can be imported from "
                    + byId.values().stream().filter(FormatSupport::canRead).map(FormatSupport::id).toList() + ".");
        }
        return f;
    }

    Map<String, FormatSupport> asMap() {
        return Collections.unmodifiableMap(byId);
    }
}
