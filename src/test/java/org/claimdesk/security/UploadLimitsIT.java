package org.claimdesk.security;

import java.io.IOException;
import java.net.SocketException;
import java.util.Arrays;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.claimdesk.support.ApiClient;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over HTTP, an upload larger than the server accepts gets 413 with a clear problem before its
 * body is read, and malformed archives get 400 with the reason; neither leaves a document behind.
 */
@ClaimDeskTest
class UploadLimitsIT {
    @LocalServerPort
    int port;

    @Test
    void an_upload_over_the_limit_gets_413_before_its_body_is_sent() throws Exception {
        ApiClient admin = new ApiClient(port, "admin", TestUsers.ADMIN_PASSWORD);
        long project = created(admin.post("/api/projects", "{\"name\":\"" + TestUsers.unique("Uploads") + "\"}"));
        String boundary = "----limit";
        long declared = 300L * 1024 * 1024; // over claimdesk.import.max-upload-bytes (256 MiB)
        String head = "POST /api/projects/" + project + "/import HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Basic " + Base64.getEncoder().encodeToString(("admin:" + TestUsers.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8)) + "\r\n"
                + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                + "Content-Length: " + declared + "\r\nConnection: close\r\n\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n";
        String answer;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.flush();
            // go on sending the body as a client would, until the server has had enough and closes
            Thread sender = Thread.ofVirtual().start(() -> {
                byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
                try {
                    for (long sent = 0; sent < declared - chunk.length; sent += chunk.length) {
                        out.write(chunk);
                    }
                } catch (IOException e) {
                    // the server closed the connection after answering
                }
            });
            answer = read(socket.getInputStream());
            socket.close();
            sender.join(10_000);
        }
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).contains("Upload too large").contains("max-upload-bytes");
        assertThat(admin.get("/api/projects/" + project + "/documents").json()).isEmpty();
    }

    @Test
    void malformed_archives_get_400_with_the_reason_and_import_nothing() throws Exception {
        ApiClient admin = new ApiClient(port, "admin", TestUsers.ADMIN_PASSWORD);
        long project = created(admin.post("/api/projects", "{\"name\":\"" + TestUsers.unique("Uploads") + "\"}"));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            for (int i = 0; i < 3; i++) {
                z.putNextEntry(new ZipEntry("article-" + i + ".txt"));
                z.write(("Officials said the talks go on, part " + i + ".").repeat(200).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        byte[] whole = zip.toByteArray();
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        byte[] escaping = zipWith("../../etc/evil.txt");

        for (var upload : Map.of("truncated.zip", truncated, "escaping.zip", escaping).entrySet()) {
            ApiClient.Response r = admin.upload("/api/projects/" + project + "/import", upload.getKey(), upload.getValue());
            assertThat(r.status()).as(upload.getKey() + " " + r.body()).isEqualTo(400);
            assertThat(r.json().path("detail").asString()).as(upload.getKey()).isNotBlank();
        }
        assertThat(admin.get("/api/projects/" + project + "/documents").json()).isEmpty();
    }

    private static byte[] zipWith(String entryName) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry(entryName));
            z.write("Nobody said anything.".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (SocketException e) {
            // the server may close while the client still has body to send: what arrived is the answer
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long created(ApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asLong();
    }
}
