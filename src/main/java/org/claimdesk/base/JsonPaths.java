package org.claimdesk.base;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/** Where in a request body Jackson stopped: {@code spans[3].start}, as a client would write it. */
final class JsonPaths {
    private JsonPaths() {
    }

    static @Nullable String of(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
