package org.claimdesk.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimdesk.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** Which formats read an upload, when the user did not name one, and how big it is. */
final class ImportFormatGuess {
    private ImportFormatGuess() {
    }

    /** The readers for an upload: the format asked for, else by the files' extensions. */
    static List<FormatSupport> readers(FormatRegistry formats, @Nullable String format, ImportSource source) {
        if (format != null && !format.isBlank()) {
            return List.of(formats.readable(format.strip()));
        }
        Set<String> ids = new LinkedHashSet<>();
        boolean brat = source.files().stream().anyMatch(f -> f.name().endsWith(".ann"));
        for (ImportSource.ImportFile f : source.files()) {
            String n = f.name().toLowerCase(Locale.ROOT);
            if (brat && (n.endsWith(".ann") || n.endsWith(".txt") || n.endsWith(".conf"))) {
                ids.add("brat");
            } else if (n.endsWith(".txt")) {
                ids.add("txt");
            } else if (n.endsWith(".html") || n.endsWith(".htm")) {
                ids.add("html");
            } else if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
                ids.add(looksLikeDoccano(f) ? "doccano" : "jsonl");
            } else if (n.endsWith(".conll")) {
                ids.add("conll");
            } else if (n.endsWith(".jsonld")) {
                ids.add("w3c");
            } else if (n.endsWith(".json")) {
                ids.add("labelstudio");
            }
        }
        if (ids.isEmpty()) {
            throw new InvalidInputException("No file ClaimDesk can import was found: give .txt, .html, .jsonl, .json,"
                    + " .jsonld or brat .txt + .ann files (or a zip of them), or name the format.");
        }
        return ids.stream().map(formats::readable).toList();
    }

    private static boolean looksLikeDoccano(ImportSource.ImportFile f) {
        try (var in = new BufferedReader(new InputStreamReader(f.open(), StandardCharsets.UTF_8))) {
            String first = in.readLine();
            return first != null && (first.contains("\"entities\"") || first.contains("\"label\"")) && !first.contains("\"spans\"");
        } catch (IOException e) {
            return false;
        }
    }

    /** How many documents to expect, for the progress bar; -1 when it cannot be told cheaply. */
    static long estimate(ImportSource source) {
        long anns = source.files().stream().filter(f -> f.name().endsWith(".ann")).count();
        if (anns > 0) {
            return anns;
        }
        if (source.files().size() > 1) {
            return source.files().size();
        }
        ImportSource.ImportFile only = source.files().getFirst();
        if (!only.name().endsWith(".jsonl") && !only.name().endsWith(".ndjson")) {
            return -1;
        }
        try (var in = only.open()) {
            long lines = 0;
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
            }
            return Math.max(lines, 1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
