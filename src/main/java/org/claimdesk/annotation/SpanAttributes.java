package org.claimdesk.annotation;

import java.util.Map;
import java.util.TreeMap;
import org.claimdesk.base.InvalidInputException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A span's attributes as another tool set them (brat's A and M lines): names to values, a binary
 * attribute having the value "true". Kept in {@code span.attributes} as a JSON object of strings
 * so that an export gives them back.
 */
public final class SpanAttributes {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_ATTRIBUTES = 50;
    private static final int MAX_LENGTH = 200;

    private SpanAttributes() {
    }

    /** The attributes sorted by name, or a clear refusal of a blank, spaced or overlong name or value. */
    static Map<String, String> check(Map<String, String> attributes) {
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw new InvalidInputException("A span has at most " + MAX_ATTRIBUTES + " attributes; this one has "
                    + attributes.size() + ".");
        }
        Map<String, String> sorted = new TreeMap<>();
        attributes.forEach((name, value) -> {
            if (name == null || name.isBlank() || name.length() > MAX_LENGTH || name.chars().anyMatch(Character::isWhitespace)) {
                throw new InvalidInputException("An attribute name must be 1 to " + MAX_LENGTH
                        + " characters without spaces: \"" + name + "\".");
            }
            if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
                throw new InvalidInputException("Attribute " + name + " needs a value of 1 to " + MAX_LENGTH + " characters.");
            }
            sorted.put(name, value);
        });
        return sorted;
    }

    static String json(Map<String, String> attributes) {
        return attributes.isEmpty() ? "{}" : JSON.writeValueAsString(attributes);
    }

    /** Reads the column as the read model {@code annotation_spans} gives it. */
    public static Map<String, String> parse(@Nullable String json) {
        if (json == null || json.equals("{}")) {
            return Map.of();
        }
        return new TreeMap<>(JSON.readValue(json, new TypeReference<Map<String, String>>() { }));
    }
}
