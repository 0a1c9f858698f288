package org.claimdesk.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

/**
 * The peers measured beside ClaimDesk, fetched from the npm registry at pinned versions and checked
 * against the registry's sha512 integrity before use; unpacked under target/peers. No Node.js needed.
 */
enum PeerPackages {
    RECOGITO("recogito", "Recogito text-annotator 4.1.1",
            "https://registry.npmjs.org/@recogito/text-annotator/-/text-annotator-4.1.1.tgz",
            "sha512-kbbCt9SlMeKF7PcJRMFguf6m8UALwnYfnxHZmgvA3jkvd3hKYz+I4i6ZNLARXQ69cTs8Z/pkfOBTAawAbwgsdQ=="),
    LABEL_STUDIO("labelstudio", "Label Studio frontend 1.4.0",
            // 1.4.0 is the last release of this package that ships the built frontend (1.8.0 has none)
            "https://registry.npmjs.org/@heartexlabs/label-studio/-/label-studio-1.4.0.tgz",
            "sha512-NczF2gDF/Whq7+xI3tYZLrAk8Pq6hacXhYEDmWfHAQIZ0eiieyrMxxHz4KIU7wnagComaGv+QJ2Zc6SBcBmuCg==");

    final String id;
    final String title;
    private final String tarball;
    private final String integrity;

    PeerPackages(String id, String title, String tarball, String integrity) {
        this.id = id;
        this.title = title;
        this.tarball = tarball;
        this.integrity = integrity;
    }

    /** The unpacked package directory (its "package/" folder), downloading it the first time. */
    Path unpacked() throws IOException, InterruptedException {
        Path dir = Path.of("target", "peers", id);
        Path done = dir.resolve(".complete");
        if (Files.exists(done)) {
            return dir.resolve("package");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(tarball)).timeout(Duration.ofMinutes(3))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IOException(tarball + " answered " + r.statusCode());
        }
        String actual = "sha512-" + Base64.getEncoder().encodeToString(sha512(r.body()));
        if (!actual.equals(integrity)) {
            throw new IOException(tarball + " does not match its pinned integrity " + integrity);
        }
        untar(new GZIPInputStream(new ByteArrayInputStream(r.body())), dir);
        Files.writeString(done, tarball);
        return dir.resolve("package");
    }

    private static byte[] sha512(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Plain ustar, as npm writes it: regular files and directories, names possibly split by prefix. */
    static void untar(InputStream in, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        byte[] header = new byte[512];
        while (in.readNBytes(header, 0, 512) == 512) {
            String name = text(header, 0, 100);
            if (name.isEmpty()) {
                break;
            }
            String prefix = text(header, 345, 155);
            if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
            long size = Long.parseLong(text(header, 124, 12).trim().isEmpty() ? "0" : text(header, 124, 12).trim(), 8);
            char type = (char) header[156];
            byte[] body = in.readNBytes((int) size);
            in.skipNBytes((512 - size % 512) % 512);
            if (type != '0' && type != '\0') {
                continue; // directories are made as needed; pax headers and links are not used by these packages
            }
            Path file = root.resolve(name).normalize();
            if (!file.startsWith(root)) {
                throw new IOException("Unsafe path in archive: " + name);
            }
            Files.createDirectories(file.getParent());
            Files.write(file, body);
        }
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }
}
