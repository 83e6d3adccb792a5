package scratchnet.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.json.Json;

/**
 * netlify.toml as Netlify sees it: the resolved configuration printed by Netlify's own resolver,
 * npm {@code @netlify/config} (the version pinned in src/test/netlify-config, installed with
 * {@code npm ci} into target/netlify-config), run offline on this checkout. Tests that need it
 * are skipped, with the reason printed, when npm or node is not installed (./test.sh installs
 * Debian's nodejs and npm when they are missing).
 */
final class NetlifyResolver {
    private static final Path PINNED = Path.of("src/test/netlify-config");
    private static final Path INSTALL = Path.of("target/netlify-config");
    private static Map<String, Object> config;

    private NetlifyResolver() {
    }

    /** The resolved {@code config} object: {@code build.command}, {@code headers}, ... */
    static synchronized Map<String, Object> config() throws Exception {
        if (config == null) {
            String missing = onPath("npm") && onPath("node") ? null : "npm or node not found";
            if (missing != null) {
                System.out.println("NetlifyConfigTest: " + missing + "; skipping the check"
                        + " with Netlify's resolver (apt-get install nodejs npm)");
            }
            assumeTrue(missing == null, missing + ": install Debian's nodejs and npm");
            install();
            Path root = Path.of("").toAbsolutePath();
            String json = run(INSTALL.resolve("node_modules/.bin/netlify-config").toString(),
                    "--offline", "--stable", "--context", "production", "--branch", "main",
                    "--cwd", root.toString(), "--repositoryRoot", root.toString());
            Map<String, Object> all = new Json().toType(json, Json.MAP_TYPE);
            config = cast(all.get("config"));
        }
        return config;
    }

    @SuppressWarnings("unchecked")
    static <T> T cast(Object value) {
        return (T) value;
    }

    /** {@code npm ci} of the pinned resolver, unless target/ already holds that install. */
    private static void install() throws Exception {
        Files.createDirectories(INSTALL);
        Path lock = PINNED.resolve("package-lock.json");
        Path installedLock = INSTALL.resolve("package-lock.json");
        boolean current = Files.isRegularFile(installedLock)
                && Arrays.equals(Files.readAllBytes(lock), Files.readAllBytes(installedLock))
                && Files.isExecutable(INSTALL.resolve("node_modules/.bin/netlify-config"));
        if (current) {
            return;
        }
        for (String name : List.of("package.json", "package-lock.json")) {
            Files.copy(PINNED.resolve(name), INSTALL.resolve(name),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        run("npm", "ci", "--prefix", INSTALL.toString(), "--no-audit", "--no-fund",
                "--loglevel=error");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
