package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import scratchnet.cli.StaticServer;

/**
 * netlify.toml publishes what the build makes, under the policy the page itself sets, and
 * Netlify's own resolver ({@link NetlifyResolver}) reads it as meant: build command, publish
 * folder, and the headers that the local server ({@code serve}) must send too.
 */
class NetlifyConfigTest {
    private static final Path SITE = Path.of("target/site");

    private static String toml() throws IOException {
        return Files.readString(Path.of("netlify.toml"));
    }

    private static String value(String text, String key) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + "\\s*=\\s*\"([^\"]*)\"")
                .matcher(text);
        assertTrue(m.find(), "netlify.toml has no " + key);
        return m.group(1);
    }

    @Test
    void publishDirectoryIsTheBuiltSite() throws IOException {
        assertEquals("target/site", value(toml(), "publish"));
        assertTrue(Files.isRegularFile(Path.of(value(toml(), "publish"), "index.html")));
    }

    @Test
    void pageCarriesTheSameCspAsTheHeader() throws IOException {
        String csp = value(toml(), "Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self' 'wasm-unsafe-eval'"), csp);
        assertTrue(!csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"), csp);
        String html = Files.readString(SITE.resolve("index.html"));
        assertTrue(html.contains("http-equiv=\"Content-Security-Policy\" content=\"" + csp + "\""),
                "index.html's meta CSP differs from netlify.toml's header");
    }

    @Test
    void securityHeadersAreSet() throws IOException {
        assertEquals("nosniff", value(toml(), "X-Content-Type-Options"));
        assertTrue(!value(toml(), "Referrer-Policy").isEmpty());
    }

    @Test
    void onlyFingerprintedAssetsAreCachedLongAndThePagesNameThemAll() throws IOException {
        assertTrue(toml().contains("for = \"/assets/*\""));
        assertEquals(1, toml().split("immutable", -1).length - 1, "one long-cache rule only");
        String index = Files.readString(SITE.resolve("index.html"));
        String bench = Files.readString(SITE.resolve("bench.html"));
        List<Path> assets;
        try (Stream<Path> files = Files.list(SITE.resolve("assets"))) {
            assets = files.toList();
        }
        assertEquals(6, assets.size(), "JS build, WASM build, embedded WASM of the playground"
                + " and of the benchmark page: " + assets);
        for (Path asset : assets) {
            String name = asset.getFileName().toString();
            assertTrue(name.matches("(scratchnet|bench)(-wasm)?\\.[0-9a-f]{12}\\.(js|wasm)"),
                    name);
            String page = name.startsWith("bench") ? bench : index;
            assertTrue(page.contains("assets/" + name), "no page names " + name);
        }
    }

    @Test
    void pageHasNoInlineScriptOrStyle() throws IOException {
        for (String page : List.of("index.html", "bench.html")) {
            String html = Files.readString(SITE.resolve(page));
            assertTrue(!html.matches("(?s).*<script>.*") && !html.contains("style=")
                    && !html.contains("<style") && !html.matches("(?s).*\\son[a-z]+=.*"),
                    page);
        }
    }

    @Test
    void netlifyBuildsWithTheSelfSufficientScriptAndPublishesTheSite() throws Exception {
        Map<String, Object> build = NetlifyResolver.cast(NetlifyResolver.config().get("build"));
        assertEquals("./build.sh", build.get("command"));
        assertEquals(SITE.toAbsolutePath().toString(), build.get("publish"));
        assertTrue(Files.isExecutable(Path.of("build.sh")) && Files.isExecutable(Path.of("mvnw")));
    }

    /** The headers Netlify will send for {@code path}: every matching rule, in order. */
    private static Map<String, String> netlifyHeaders(String path) throws Exception {
        List<Map<String, Object>> rules =
                NetlifyResolver.cast(NetlifyResolver.config().get("headers"));
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map<String, Object> rule : rules) {
            String glob = (String) rule.get("for");
            String regex = Pattern.quote(glob).replace("*", "\\E.*\\Q");
            if (path.matches(regex)) {
                Map<String, Object> values = NetlifyResolver.cast(rule.get("values"));
                values.forEach((name, value) -> headers.put(name, (String) value));
            }
        }
        return headers;
    }

    @Test
    void theLocalServerSendsTheHeadersNetlifyResolves() throws Exception {
        String asset;
        try (Stream<Path> files = Files.list(SITE.resolve("assets"))) {
            asset = "/assets/" + files.findFirst().orElseThrow().getFileName();
        }
        Map<String, String> page = netlifyHeaders("/index.html");
        for (String name : List.of("Content-Security-Policy", "X-Content-Type-Options",
                "Referrer-Policy", "X-Frame-Options")) {
            assertTrue(page.containsKey(name), "Netlify sends no " + name + ": " + page);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (StaticServer server = StaticServer.start(SITE, 0)) {
            for (String path : List.of("/", "/index.html", "/labs.html", "/no-such-page", asset)) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(server.url()
                        + path.substring(1))).timeout(Duration.ofSeconds(10)).build();
                HttpResponse<Void> response =
                        http.send(request, HttpResponse.BodyHandlers.discarding());
                Map<String, String> expected = netlifyHeaders(path);
                assertTrue(!expected.isEmpty(), path);
                expected.forEach((name, value) -> assertEquals(value,
                        response.headers().firstValue(name).orElse("(none)"), path + " " + name));
            }
        }
    }

    @Test
    void pageCarriesTheCspNetlifyResolves() throws Exception {
        String csp = netlifyHeaders("/index.html").get("Content-Security-Policy");
        for (String page : List.of("index.html", "labs.html", "bench.html")) {
            String html = Files.readString(SITE.resolve(page));
            assertTrue(html.contains("http-equiv=\"Content-Security-Policy\" content=\""
                    + csp + "\""), page + "'s meta CSP differs from the resolved header");
        }
    }
}
