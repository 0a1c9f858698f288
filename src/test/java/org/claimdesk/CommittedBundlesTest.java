package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed Vaadin bundles were built from the frontend sources as they are now, so that
 * running and testing ClaimDesk never needs Node.js. After changing frontend/, rebuild the
 * bundles (see README, "Changing the frontend") and commit them.
 */
class CommittedBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev.bundle", "prod.bundle"})
    void bundle_was_built_from_the_current_frontend_sources(String bundle) throws Exception {
        JsonNode hashes;
        try (ZipFile zip = new ZipFile(Path.of("src/main/bundles", bundle).toFile())) {
            hashes = JsonMapper.builder().build()
                    .readTree(zip.getInputStream(zip.getEntry("config/stats.json"))).get("frontendHashes");
        }
        for (Path source : sources()) {
            String key = Path.of("frontend").relativize(source).toString().replace('\\', '/');
            assertThat(hashes.path(key).asString(""))
                    .as("%s in %s is stale: rebuild the bundles and commit them", key, bundle)
                    .isEqualTo(sha256(source));
        }
    }

    @Test
    void production_bundle_carries_only_chunks_the_page_can_load() throws Exception {
        String bundle = "prod.bundle";
        String build = "webapp/VAADIN/build/";
        Map<String, String> chunks = new HashMap<>();
        String index;
        try (ZipFile zip = new ZipFile(Path.of("src/main/bundles", bundle).toFile())) {
            index = new String(zip.getInputStream(zip.getEntry("webapp/index.html")).readAllBytes(), StandardCharsets.UTF_8);
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(build) && !entry.getName().endsWith(".br")
                        && !entry.getName().endsWith(".gz")) {
                    chunks.put(entry.getName().substring(build.length()),
                            new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        Set<String> reached = new HashSet<>();
        var pending = new ArrayDeque<String>(namesIn(index, chunks.keySet()));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (reached.add(name)) pending.addAll(namesIn(chunks.get(name), chunks.keySet()));
        }
        assertThat(chunks.keySet())
                .as("chunks no page loads (an earlier build's leftovers): rebuild with scripts/rebuild-bundles.sh")
                .isSubsetOf(reached);
    }

    private static final Pattern CHUNK_NAME = Pattern.compile("[\\w.-]+\\.(?:js|css)");

    private static Set<String> namesIn(String text, Set<String> known) {
        Set<String> names = new HashSet<>();
        Matcher m = CHUNK_NAME.matcher(text);
        while (m.find()) {
            if (known.contains(m.group())) names.add(m.group());
        }
        return names;
    }

    private static List<Path> sources() throws IOException {
        try (var files = Files.walk(Path.of("frontend", "src"))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
