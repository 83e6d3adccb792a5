package scratchnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteHeadersTest {
    private static final String TOML = String.join("\n",
            "[build]",
            "  command = \"./build.sh\"",
            "[[headers]]",
            "  for = \"/*\"  # every path",
            "  [headers.values]",
            "    X-Frame-Options = \"DENY\"",
            "    \"Referrer-Policy\" = 'no-referrer'",
            "    X-Quote = \"say \\\"hi\\\"\"",
            "",
            "[[headers]]",
            "  for = \"/assets/*\"",
            "  [headers.values]",
            "    Cache-Control = \"immutable\"",
            "    X-Frame-Options = \"SAMEORIGIN\"",
            "[context.production]",
            "  command = \"x\"");

    @Test
    void everyMatchingRuleAppliesInFileOrder() {
        SiteHeaders headers = SiteHeaders.parse(TOML);
        assertEquals(2, headers.rules().size());
        assertEquals(Map.of("X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer",
                "X-Quote", "say \"hi\""), headers.forPath("/"));
        Map<String, String> asset = headers.forPath("/assets/a.js");
        assertEquals("immutable", asset.get("Cache-Control"));
        assertEquals("SAMEORIGIN", asset.get("X-Frame-Options"));
        assertEquals(null, headers.forPath("/assetsx").get("Cache-Control"));
    }

    @Test
    void aSplatMatchesAnyRunOfCharactersAndTheRestIsLiteral() {
        SiteHeaders.Rule rule = new SiteHeaders.Rule("/a.b/*.js", Map.of());
        assertTrue(rule.matches("/a.b/x/y.js"));
        assertTrue(!rule.matches("/aXb/y.js") && !rule.matches("/a.b/y.css"));
    }

    @Test
    void formsItCannotReadAreErrorsNotDroppedHeaders() {
        assertThrows(IllegalArgumentException.class, () -> SiteHeaders.parse(
                "[[headers]]\n for = \"/*\"\n [headers.values]\n X-A = \"\"\"\nmulti\"\"\"\n"));
        assertThrows(IllegalArgumentException.class, () -> SiteHeaders.parse(
                "[[headers]]\n for = \"/*\"\n values = { X-A = \"b\" }\n"));
        assertThrows(IllegalArgumentException.class, () -> SiteHeaders.parse(
                "[[headers]]\n [headers.values]\n X-A = \"b\"\n"));
    }

    @Test
    void theJarCarriesTheProjectsNetlifyToml() throws Exception {
        assertEquals(SiteHeaders.parse(Files.readString(Path.of("netlify.toml"))),
                SiteHeaders.fromClasspath());
        Map<String, String> page = SiteHeaders.fromClasspath().forPath("/index.html");
        assertEquals("nosniff", page.get("X-Content-Type-Options"));
        assertEquals("no-referrer", page.get("Referrer-Policy"));
        assertEquals("DENY", page.get("X-Frame-Options"));
        assertTrue(page.get("Content-Security-Policy").startsWith("default-src 'self'"));
    }
}
