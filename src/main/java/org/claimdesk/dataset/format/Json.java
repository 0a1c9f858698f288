package org.claimdesk.dataset.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import java.io.FilterWriter;
import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Streaming JSON for the writers: one generator per document, never closing the export's file. */
final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** Reads one value after another from a parser (the tasks of a big array, one at a time). */
    static final ObjectReader ONE_AT_A_TIME = MAPPER.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    static JsonGenerator generator(Writer out) {
        return MAPPER.createGenerator(new FilterWriter(out) {
            @Override
            public void close() {
                flushQuietly();
            }

            private void flushQuietly() {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    static void stringOrSkip(JsonGenerator g, String name, @Nullable String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }
}
