package scratchnet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Build step (run by Maven after TeaVM): assembles the static site from {@code web/} and the
 * TeaVM outputs. The big files get content-hashed names under {@code assets/} so they can be
 * cached forever; every top-level page learns those names (bench.html its own engine's, the
 * others, index.html, labs.html, the playground's) and the Content-Security-Policy, which is
 * read from netlify.toml so the served header and the meta tag never disagree.
 *
 * <p>Usage: {@code SiteAssembler <web dir> <teavm dir> <netlify.toml> <site dir>}.
 */
public final class SiteAssembler {
    private static final Pattern CSP = Pattern.compile(
            "Content-Security-Policy\\s*=\\s*\"([^\"]+)\"");

    private SiteAssembler() {
    }

    /** Entry point for the build; fails the build with an exception on any problem. */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException(
                    "usage: SiteAssembler <web dir> <teavm dir> <netlify.toml> <site dir>");
        }
        assemble(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
    }

    static void assemble(Path web, Path teavm, Path netlifyToml, Path site) throws IOException {
        deleteTree(site);
        copyTree(web, site);
        Files.createDirectories(site.resolve("assets"));
        String csp = contentSecurityPolicy(netlifyToml);
        String[][] playground = engine(site, "scratchnet", teavm.resolve("js/classes.js"),
                teavm.resolve("wasm/classes.wasm"));
        // The benchmark page (issue 7) has its own engine build, scratchnet.bridge.BenchBridge.
        String[][] bench = engine(site, "bench", teavm.resolve("bench-js/bench.js"),
                teavm.resolve("bench-wasm/bench.wasm"));
        for (Path page : pages(site)) {
            boolean isBench = page.getFileName().toString().equals("bench.html");
            fillPage(page, csp, isBench ? bench : playground);
        }
    }

    /** The site's top-level HTML pages (index.html, labs.html, ...), which all load an engine. */
    private static Path[] pages(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".html"))
                    .sorted().toArray(Path[]::new);
        }
    }

    /**
     * Copies one engine's JS and WASM builds into assets/ under content-hashed names, plus the
     * WASM bytes as a base64 script for file://; returns the placeholder → file name pairs.
     */
    private static String[][] engine(Path site, String name, Path jsFile, Path wasmFile)
            throws IOException {
        byte[] js = Files.readAllBytes(jsFile);
        byte[] wasm = Files.readAllBytes(wasmFile);
        String jsName = "assets/" + name + "." + fingerprint(js) + ".js";
        String wasmHash = fingerprint(wasm);
        String wasmName = "assets/" + name + "." + wasmHash + ".wasm";
        String embeddedName = "assets/" + name + "-wasm." + wasmHash + ".js";
        Files.write(site.resolve(jsName), js);
        Files.write(site.resolve(wasmName), wasm);
        String embedded = "\"use strict\";\n"
                + "// " + wasmFile.getFileName() + " as base64 for pages opened from file://,"
                + " where fetch fails\n"
                + "var SCRATCHNET_WASM_BASE64 = \""
                + Base64.getEncoder().encodeToString(wasm) + "\";\n";
        Files.writeString(site.resolve(embeddedName), embedded, StandardCharsets.US_ASCII);
        return new String[][] {{"@JS@", jsName}, {"@WASM@", wasmName},
            {"@WASM_EMBEDDED@", embeddedName}};
    }

    private static void fillPage(Path page, String csp, String[][] names) throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8).replace("@CSP@", csp);
        for (String[] pair : names) {
            html = html.replace(pair[0], pair[1]);
        }
        Files.writeString(page, html, StandardCharsets.UTF_8);
    }

    /** The CSP header value configured in netlify.toml. */
    static String contentSecurityPolicy(Path netlifyToml) throws IOException {
        Matcher m = CSP.matcher(Files.readString(netlifyToml, StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IllegalStateException(netlifyToml + " sets no Content-Security-Policy");
        }
        return m.group(1);
    }

    /** The first 12 hex digits of the SHA-256 of {@code bytes}. */
    static String fingerprint(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
