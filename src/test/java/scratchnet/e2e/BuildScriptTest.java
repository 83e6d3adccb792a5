package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * build.sh, Netlify's build command, and the Maven Wrapper it runs. Each run passes {@code -v}
 * (the wrapper prints Maven's and Java's versions) instead of building, so it takes seconds.
 * Netlify's image has only Java 8: a stub {@code java} that reports 1.8 plays it, and a local
 * archive stands in for the pinned JDK download, whose URL this machine cannot reach.
 */
@Timeout(120)
class BuildScriptTest {
    private static final String REAL_JAVA = Path.of(System.getProperty("java.home"), "bin", "java")
            .toString();

    @TempDir
    Path tmp;

    private record Result(int code, String out) {
    }

    private static Result run(Map<String, String> env, boolean keepJavaHome) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("./build.sh", "-v").redirectErrorStream(true);
        if (!keepJavaHome) {
            pb.environment().remove("JAVA_HOME");
        }
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "build.sh -v did not finish");
        return new Result(p.exitValue(), out);
    }

    private static void script(Path file, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** A folder holding only a {@code java} that claims to be Java 8, as on Netlify. */
    private Path java8() throws IOException {
        script(tmp.resolve("java8/java"),
                "echo '    java.specification.version = 1.8' >&2\necho 'java 1.8.0' >&2");
        return tmp.resolve("java8");
    }

    /** A "JDK" archive whose java runs this JVM's and leaves a mark; returns its SHA-256. */
    private String fakeJdk(Path archive) throws Exception {
        Path jdk = tmp.resolve("fake/jdk-17-fake");
        script(jdk.resolve("bin/java"),
                "echo ran >> \"$(dirname \"$0\")/../ran\"\nexec '" + REAL_JAVA + "' \"$@\"");
        Process tar = new ProcessBuilder("tar", "-czf", archive.toString(), "-C",
                jdk.getParent().toString(), "jdk-17-fake").inheritIO().start();
        assertEquals(0, tar.waitFor());
        return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(archive)));
    }

    private Map<String, String> withoutJdk17(Path archive, String sha256) throws IOException {
        return Map.of("PATH", java8() + ":" + System.getenv("PATH"),
                "SCRATCHNET_JDK_URL", archive.toUri().toString(),
                "SCRATCHNET_JDK_SHA256", sha256,
                "SCRATCHNET_JDK_CACHE", tmp.resolve("cache").toString());
    }

    @Test
    void withAJdk17PresentItRunsTheWrapperWithIt() throws Exception {
        Result r = run(Map.of(), true);
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("Apache Maven 3.9.16"), r.out());
        assertTrue(r.out().matches("(?s).*Java version: (1[7-9]|[2-9][0-9])[.0-9]*,.*"), r.out());
        assertFalse(r.out().contains("downloading"), r.out());
        Result fromPath = run(Map.of(), false);
        assertEquals(0, fromPath.code(), fromPath.out());
        assertFalse(fromPath.out().contains("downloading"), fromPath.out());
    }

    @Test
    void withOnlyJava8ItFetchesTheJdkVerifiesItAndReusesIt() throws Exception {
        Path archive = tmp.resolve("jdk.tar.gz");
        String sha256 = fakeJdk(archive);
        Result first = run(withoutJdk17(archive, sha256), false);
        assertEquals(0, first.code(), first.out());
        assertTrue(first.out().contains("is Java 8; the build needs 17+"), first.out());
        assertTrue(first.out().contains("downloading"), first.out());
        assertTrue(first.out().contains("Apache Maven 3.9.16"), first.out());
        List<Path> homes;
        try (var files = Files.list(tmp.resolve("cache"))) {
            homes = files.toList();
        }
        assertEquals(1, homes.size(), "one unpacked JDK and no leftovers: " + homes);
        assertTrue(Files.readString(homes.get(0).resolve("ran")).contains("ran"),
                "the build ran the fetched JDK's java");
        Result second = run(withoutJdk17(archive, sha256), false);
        assertEquals(0, second.code(), second.out());
        assertFalse(second.out().contains("downloading"), "cached: " + second.out());
    }

    @Test
    void anArchiveWithTheWrongChecksumIsNeverUsed() throws Exception {
        Path archive = tmp.resolve("jdk.tar.gz");
        fakeJdk(archive);
        Result r = run(withoutJdk17(archive, "0".repeat(64)), false);
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("SHA-256 mismatch"), r.out());
        assertFalse(r.out().contains("Apache Maven"), r.out());
        try (var files = Files.list(tmp.resolve("cache"))) {
            assertEquals(List.of(), files.toList(), "nothing kept");
        }
    }
}
