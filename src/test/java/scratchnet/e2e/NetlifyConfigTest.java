package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** netlify.toml publishes what `mvn package` builds, under the policy the page itself sets. */
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
}
