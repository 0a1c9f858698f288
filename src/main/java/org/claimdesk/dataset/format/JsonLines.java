package org.claimdesk.dataset.format;

import java.util.Arrays;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.claimdesk.dataset.FormatReader;
import org.claimdesk.dataset.ImportedDocument;
import org.claimdesk.dataset.ImportSource;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reading JSON Lines: one document a line, strictly UTF-8; a line that is not UTF-8, not JSON, or
 * not the document the format expects, is a problem of that line and the next line goes on.
 */
final class JsonLines {
    interface Parse {
        ImportedDocument document(String file, int line, JsonNode node);
    }

    private JsonLines() {
    }

    static FormatReader reader(Parse parse, String... endings) {
        return (source, sink) -> {
            for (ImportSource.ImportFile file : source.files()) {
                String name = file.name().toLowerCase(Locale.ROOT);
                if (Arrays.stream(endings).noneMatch(name::endsWith)) {
                    continue;
                }
                try (InputStream in = new BufferedInputStream(file.open())) {
                    int n = 0;
                    for (byte[] bytes; (bytes = readLine(in)) != null && !sink.cancelled(); ) {
                        n++;
                        String line;
                        try {
                            line = decode(bytes, n);
                        } catch (CharacterCodingException e) {
                            sink.problem(file.name(), n, "line " + n + " is not UTF-8 text; save the file as UTF-8"
                                    + " and import it again.");
                            continue;
                        }
                        if (line.isBlank()) {
                            continue;
                        }
                        try {
                            sink.document(parse.document(file.name(), n, Json.MAPPER.readTree(line)));
                        } catch (JacksonException e) {
                            sink.problem(file.name(), n, "not valid JSON: " + e.getOriginalMessage());
                        } catch (IllegalArgumentException e) {
                            sink.problem(file.name(), n, e.getMessage());
                        }
                    }
                }
            }
        };
    }

    /**
     * One line as bytes, decoded on its own: a reader that decodes ahead would blame the line it
     * is on for a bad byte in the next one.
     */
    private static byte @Nullable [] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
        }
        return b == -1 && line.size() == 0 ? null : line.toByteArray();
    }

    private static String decode(byte[] bytes, int line) throws CharacterCodingException {
        String s = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        if (s.endsWith("\r")) {
            s = s.substring(0, s.length() - 1);
        }
        return line == 1 && s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
