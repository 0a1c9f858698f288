package org.claimdesk.dataset.format;

import java.io.FilterWriter;
import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Streaming JSON for the writers: one generator per document, never closing the export's file. */
final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** Reads one value after another from a parser (the tasks of a big array, one at a time). */
    static final tools.jackson.databind.ObjectReader ONE_AT_A_TIME = MAPPER.readerFor(tools.jackson.databind.JsonNode.class)
            .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
    }

    static void stringOrSkip(JsonGenerator g, String name, @org.jspecify.annotations.Nullable String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }
}
