package scratchnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticServerTest {
    @TempDir
    Path root;

    private HttpResponse<byte[]> get(StaticServer server, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesFilesWithTheirMimeTypesIncludingWasm() throws Exception {
        Files.writeString(root.resolve("index.html"), "<!DOCTYPE html>");
        Files.write(root.resolve("a.wasm"), new byte[] {0, 97, 115, 109});
        try (StaticServer server = StaticServer.start(root, 0)) {
            HttpResponse<byte[]> index = get(server, "");
            assertEquals(200, index.statusCode());
            assertEquals("text/html; charset=utf-8",
                    index.headers().firstValue("Content-Type").orElseThrow());
            HttpResponse<byte[]> wasm = get(server, "a.wasm");
            assertEquals("application/wasm",
                    wasm.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(4, wasm.body().length);
            assertEquals("nosniff",
                    wasm.headers().firstValue("X-Content-Type-Options").orElseThrow());
        }
    }

    @Test
    void missingFilesAndPathsOutsideTheRootAre404() throws Exception {
        Files.writeString(root.getParent().resolve("secret.txt"), "no");
        try (StaticServer server = StaticServer.start(root, 0)) {
            assertEquals(404, get(server, "nothing.js").statusCode());
            assertEquals(404, get(server, "%2e%2e/secret.txt").statusCode());
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
