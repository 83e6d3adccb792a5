package scratchnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local server, against servers each test starts itself on 127.0.0.1 (and nothing else):
 * files and types, the production headers on every reply, paths it must refuse, and clients
 * that are slow, silent or too big, which must not hold up anyone else.
 */
@Timeout(60)
class StaticServerTest {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Holds the served root, {@code site/}, and files beside it that must stay unreachable. */
    @TempDir
    Path dir;
    private Path root;

    @BeforeEach
    void makeRoot() throws IOException {
        root = Files.createDirectory(dir.resolve("site"));
    }

    private static HttpResponse<byte[]> get(StaticServer server, String path) throws Exception {
        return send(server, path, "GET");
    }

    private static HttpResponse<byte[]> send(StaticServer server, String path, String method)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(5)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("(none)");
    }

    /** Sends raw bytes on a new loopback connection and returns it, still open. */
    private static Socket raw(StaticServer server, String bytes) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(),
                URI.create(server.url()).getPort());
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(bytes.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }

    /** Everything the server sends on {@code socket} until it closes the connection. */
    private static String readAll(Socket socket) throws IOException {
        try (socket; InputStream in = socket.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private StaticServer start(StaticServer.Limits limits) throws IOException {
        return StaticServer.start(root, 0, SiteHeaders.fromClasspath(), limits);
    }

    @Test
    void servesFilesWithTheirMimeTypesIncludingWasm() throws Exception {
        Files.writeString(root.resolve("index.html"), "<!DOCTYPE html>");
        Files.write(root.resolve("a.wasm"), new byte[] {0, 97, 115, 109});
        try (StaticServer server = StaticServer.start(root, 0)) {
            HttpResponse<byte[]> index = get(server, "");
            assertEquals(200, index.statusCode());
            assertEquals("text/html; charset=utf-8", header(index, "Content-Type"));
            HttpResponse<byte[]> wasm = get(server, "a.wasm?v=1");
            assertEquals("application/wasm", header(wasm, "Content-Type"));
            assertEquals(4, wasm.body().length);
            HttpResponse<byte[]> head = send(server, "a.wasm", "HEAD");
            assertEquals(200, head.statusCode());
            assertEquals("4", header(head, "Content-Length"));
            assertEquals(0, head.body().length);
            String missing = readAll(raw(server, "HEAD /missing HTTP/1.1\r\n\r\n"));
            assertTrue(missing.startsWith("HTTP/1.1 404 ") && missing.endsWith("\r\n\r\n"),
                    "a HEAD reply has no body: " + missing);
        }
    }

    @Test
    void everyReplyCarriesNetlifyTomlsHeadersForItsPath() throws Exception {
        Files.writeString(root.resolve("index.html"), "<!DOCTYPE html>");
        Files.createDirectory(root.resolve("assets"));
        Files.writeString(root.resolve("assets/a.0123456789ab.js"), "1");
        SiteHeaders production = SiteHeaders.fromClasspath();
        try (StaticServer server = StaticServer.start(root, 0)) {
            for (String path : List.of("", "nothing.js", "assets/a.0123456789ab.js")) {
                HttpResponse<byte[]> response = get(server, path);
                production.forPath("/" + path).forEach((name, value) ->
                        assertEquals(value, header(response, name), path + " " + name));
            }
            assertEquals(404, get(server, "nothing.js").statusCode());
            assertEquals("nosniff", header(get(server, "nothing.js"), "X-Content-Type-Options"));
            assertTrue(header(get(server, ""), "Content-Security-Policy")
                    .contains("script-src 'self' 'wasm-unsafe-eval'"));
            assertEquals("no-cache", header(get(server, ""), "Cache-Control"));
            assertEquals("public, max-age=31536000, immutable",
                    header(get(server, "assets/a.0123456789ab.js"), "Cache-Control"));
        }
    }

    @Test
    void missingFilesAndPathsOutsideTheRootAre404() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "no");
        try (StaticServer server = StaticServer.start(root, 0)) {
            assertEquals(404, get(server, "nothing.js").statusCode());
            assertEquals(404, get(server, "%2e%2e/secret.txt").statusCode());
            String reply = readAll(raw(server, "GET /../secret.txt HTTP/1.1\r\n\r\n"));
            assertTrue(reply.startsWith("HTTP/1.1 404 "), reply);
        }
    }

    @Test
    void symbolicLinksAreFollowedOnlyInsideTheRoot() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("passwd"), "secret");
        Files.writeString(root.resolve("index.html"), "<!DOCTYPE html>");
        Files.createSymbolicLink(root.resolve("system"), outside);
        Files.createSymbolicLink(root.resolve("passwd"), outside.resolve("passwd"));
        Files.createSymbolicLink(root.resolve("home.html"), root.resolve("index.html"));
        try (StaticServer server = StaticServer.start(root, 0)) {
            assertEquals(404, get(server, "system/passwd").statusCode());
            assertEquals(404, get(server, "passwd").statusCode());
            assertEquals(200, get(server, "home.html").statusCode());
        }
    }

    @Test
    void aNulOrControlCharacterInThePathIs400WithHeaders() throws Exception {
        try (StaticServer server = StaticServer.start(root, 0)) {
            for (String path : List.of("%00", "a%00.html", "%0a", "a%5c..%5csecret")) {
                HttpResponse<byte[]> response = get(server, path);
                assertEquals(400, response.statusCode(), path);
                assertEquals("nosniff", header(response, "X-Content-Type-Options"), path);
            }
        }
    }

    @Test
    void otherMethodsAre405WithAnAllowHeader() throws Exception {
        try (StaticServer server = StaticServer.start(root, 0)) {
            for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS")) {
                HttpResponse<byte[]> response = send(server, "", method);
                assertEquals(405, response.statusCode(), method);
                assertEquals("GET, HEAD", header(response, "Allow"), method);
            }
        }
    }

    @Test
    void malformedAndOversizedRequestHeadsAreRefused() throws Exception {
        try (StaticServer server = StaticServer.start(root, 0)) {
            assertTrue(readAll(raw(server, "HELLO\r\n\r\n")).startsWith("HTTP/1.1 400 "));
            assertTrue(readAll(raw(server, "GET / HTTP/1.1\r\nno colon\r\n\r\n"))
                    .startsWith("HTTP/1.1 400 "));
            String big = "GET / HTTP/1.1\r\nX-Big: " + "a".repeat(9000) + "\r\n\r\n";
            assertTrue(readAll(raw(server, big)).startsWith("HTTP/1.1 431 "));
        }
    }

    @Test
    void slowClientsRunningBesideNormalRequestsDoNotDelayThem() throws Exception {
        Files.writeString(root.resolve("index.html"), "<!DOCTYPE html>");
        // 50 connections that never finish: one byte, a partial request line, and a POST that
        // announces 1 MB and sends none of it.
        List<String> stalls = List.of("G", "GET /index.ht",
                "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n");
        List<Socket> slow = new ArrayList<>();
        try (StaticServer server = StaticServer.start(root, 0)) {
            try {
                for (int i = 0; i < 50; i++) {
                    slow.add(raw(server, stalls.get(i % stalls.size())));
                }
                long start = System.nanoTime();
                for (int i = 0; i < 6; i++) {
                    assertEquals(200, get(server, "index.html").statusCode());
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(millis < 3_000, "6 probes beside 50 slow clients took " + millis
                        + " ms");
            } finally {
                for (Socket s : slow) {
                    s.close();
                }
            }
        }
    }

    @Test
    void aClientThatNeverFinishesItsHeadIsDroppedAtTheDeadline() throws Exception {
        StaticServer.Limits limits = new StaticServer.Limits(8, 300, 5_000, 8 * 1024);
        try (StaticServer server = start(limits)) {
            long start = System.nanoTime();
            String reply = readAll(raw(server, "GET / HT"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals("", reply);
            assertTrue(millis >= 250 && millis < 3_000, "dropped after " + millis + " ms");
        }
    }

    @Test
    void connectionsBeyondTheCapGet503AtOnce() throws Exception {
        StaticServer.Limits limits = new StaticServer.Limits(3, 5_000, 5_000, 8 * 1024);
        List<Socket> silent = new ArrayList<>();
        try (StaticServer server = start(limits)) {
            try {
                for (int i = 0; i < 3; i++) {
                    silent.add(raw(server, ""));
                }
                Thread.sleep(200); // let the three reach their workers
                String reply = readAll(raw(server, "GET / HTTP/1.1\r\n\r\n"));
                assertTrue(reply.startsWith("HTTP/1.1 503 "), reply);
                assertTrue(reply.contains("Retry-After: 5"), reply);
            } finally {
                for (Socket s : silent) {
                    s.close();
                }
            }
        }
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        try (StaticServer server = StaticServer.start(root, 0)) {
            assertEquals("127.0.0.1", URI.create(server.url()).getHost());
        }
    }

    @Test
    void knowsTheTypesTheSiteUses() {
        assertEquals("text/javascript; charset=utf-8", StaticServer.contentType("a.b1.js"));
        assertEquals("text/css; charset=utf-8", StaticServer.contentType("style.css"));
        assertEquals("image/svg+xml", StaticServer.contentType("favicon.svg"));
        assertEquals("application/octet-stream", StaticServer.contentType("README"));
    }
}
