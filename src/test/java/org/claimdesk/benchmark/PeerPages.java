package org.claimdesk.benchmark;

import java.util.List;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A small local web server for the peers: their pages (test resources benchmark/peers), the
 * benchmark's text and spans as data.json, and the unpacked npm packages under /pkg/.
 */
final class PeerPages implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json", "application/json",
            "svg", "image/svg+xml", "png", "image/png", "woff", "font/woff", "woff2", "font/woff2");

    private final HttpServer server;

    PeerPages(byte[] dataJson, Map<String, Path> packages) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                if (path.equals("/data.json")) {
                    send(exchange, "json", dataJson);
                } else if (path.startsWith("/pkg/")) {
                    String[] parts = path.substring(5).split("/", 2);
                    Path root = packages.get(parts[0]);
                    Path file = root == null || parts.length < 2 ? null : root.resolve(parts[1]).normalize();
                    if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
                        exchange.sendResponseHeaders(404, -1);
                    } else {
                        send(exchange, extension(path), Files.readAllBytes(file));
                    }
                } else {
                    try (InputStream page = PeerPages.class.getResourceAsStream("/benchmark/peers" + path)) {
                        if (page == null) {
                            exchange.sendResponseHeaders(404, -1);
                        } else {
                            send(exchange, extension(path), page.readAllBytes());
                        }
                    }
                }
            }
        });
        server.start();
    }

    String url(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + page;
    }

    private static String extension(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static void send(HttpExchange exchange, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    static byte[] json(String text, List<int[]> spans, String[] labels) {
        StringBuilder sb = new StringBuilder("{\"text\":");
        sb.append(quote(text)).append(",\"spans\":[");
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"id\":\"s").append(i).append("\",\"start\":").append(s[0])
                    .append(",\"end\":").append(s[1]).append(",\"label\":\"").append(labels[s[2]]).append("\"}");
        }
        return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
