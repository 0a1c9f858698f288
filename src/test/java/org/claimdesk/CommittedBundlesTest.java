package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipFile;
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

    private static List<Path> sources() throws IOException {
        try (var files = Files.walk(Path.of("frontend", "src"))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
