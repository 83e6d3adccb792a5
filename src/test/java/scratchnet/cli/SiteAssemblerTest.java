package scratchnet.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteAssemblerTest {
    @Test
    void everyTopLevelPageGetsThePolicyAndTheFingerprintedNames(@TempDir Path dir)
            throws Exception {
        Path web = Files.createDirectories(dir.resolve("web"));
        String page = "<meta content=\"@CSP@\"><body data-js=\"@JS@\" data-wasm=\"@WASM@\" "
                + "data-wasm-embedded=\"@WASM_EMBEDDED@\">";
        Files.writeString(web.resolve("index.html"), page);
        Files.writeString(web.resolve("labs.html"), page);
        Files.writeString(web.resolve("bench.html"), page);
        Path teavm = dir.resolve("teavm");
        Files.createDirectories(teavm.resolve("js"));
        Files.createDirectories(teavm.resolve("wasm"));
        Files.writeString(teavm.resolve("js/classes.js"), "var x;");
        Files.write(teavm.resolve("wasm/classes.wasm"), new byte[] {0, 97, 115, 109});
        Files.createDirectories(teavm.resolve("bench-js"));
        Files.createDirectories(teavm.resolve("bench-wasm"));
        Files.writeString(teavm.resolve("bench-js/bench.js"), "var y;");
        Files.write(teavm.resolve("bench-wasm/bench.wasm"), new byte[] {0, 97, 115, 109, 1});
        Path toml = dir.resolve("netlify.toml");
        Files.writeString(toml, "Content-Security-Policy = \"default-src 'self'\"\n");
        Path site = dir.resolve("site");
        SiteAssembler.assemble(web, teavm, toml, site);
        for (String name : new String[] {"index.html", "labs.html"}) {
            String html = Files.readString(site.resolve(name));
            assertFalse(html.contains("@"), name + " kept a placeholder: " + html);
            assertTrue(html.contains("default-src 'self'"), name);
            assertTrue(html.contains("assets/scratchnet."), name);
        }
        String bench = Files.readString(site.resolve("bench.html"));
        assertFalse(bench.contains("@"), "bench.html kept a placeholder: " + bench);
        assertTrue(bench.contains("assets/bench.") && !bench.contains("assets/scratchnet."),
                "bench.html loads the benchmark engine only: " + bench);
    }
}
