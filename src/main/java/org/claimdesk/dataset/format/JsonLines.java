package org.claimdesk.dataset.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.dataset.FormatReader;
import org.claimdesk.dataset.ImportedDocument;
import org.claimdesk.dataset.ImportSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reading JSON Lines: one document a line, strictly UTF-8; a line that is not JSON, or not the
 * document the format expects, is a problem of that line and the next line goes on.
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
                if (java.util.Arrays.stream(endings).noneMatch(name::endsWith)) {
                    continue;
                }
                try (BufferedReader in = new BufferedReader(new InputStreamReader(file.open(),
                        StandardCharsets.UTF_8.newDecoder()))) {
                    String line;
                    int n = 0;
                    while ((line = readLine(in, file.name(), n + 1)) != null && !sink.cancelled()) {
                        n++;
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

    private static String readLine(BufferedReader in, String file, int line) throws IOException {
        try {
            String s = in.readLine();
            return s != null && line == 1 && s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file + " line " + line
                    + " is not UTF-8 text; save the file as UTF-8 and import it again.");
        }
    }
}
