package scratchnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the dependency rule of docs/architecture.md ("Layers and the import rule") on the
 * sources in src/main/java: dependencies point downward only, only {@code bridge} touches
 * TeaVM, and the bridge reaches the engine only through {@code app}.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/scratchnet");

    /** X → the packages X may import directly (docs/architecture.md); lower ones transitively. */
    private static final Map<String, Set<String>> RULE = Map.ofEntries(
            Map.entry("math", Set.of()),
            Map.entry("engine", Set.of("math")),
            Map.entry("data", Set.of("math")),
            Map.entry("train", Set.of("engine", "data")),
            Map.entry("diag", Set.of("engine")),
            Map.entry("view", Set.of("engine", "data")),
            Map.entry("labs", Set.of("train", "diag", "data", "engine")),
            Map.entry("format", Set.of("engine", "data", "train")),
            Map.entry("app", Set.of("engine", "data", "train", "diag", "view", "labs", "format")),
            // Benchmark workloads: plain Java on the layers they measure, run by the bench
            // command on the JVM and by the bench page through the bridge.
            Map.entry("bench", Set.of("train", "view", "data", "engine")),
            Map.entry("bridge", Set.of("app", "bench")),
            // The command line is a second front end beside the page: like bridge it sits on
            // top, but it runs on the JVM and may use every layer below it (never bridge).
            Map.entry("cli", Set.of("app", "engine", "data", "train", "diag", "view", "labs",
                    "format", "bench")));

    /** `import [static] scratchnet.pkg.` or a fully qualified `scratchnet.pkg.Type` in code. */
    private static final Pattern REFERENCE = Pattern.compile("\\bscratchnet\\.([a-z]+)\\.[A-Za-z]");
    private static final Pattern TEAVM = Pattern.compile("\\borg\\.teavm\\b");

    private record Source(Path file, String pkg, List<String> codeLines) {
    }

    @Test
    void importsPointDownwardOnly() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Source s : sources()) {
            Set<String> allowed = reachable(s.pkg());
            for (String line : s.codeLines()) {
                Matcher m = REFERENCE.matcher(line);
                while (m.find()) {
                    String target = m.group(1);
                    if (!target.equals(s.pkg()) && !allowed.contains(target)) {
                        violations.add(s.file() + ": " + s.pkg() + " must not use " + target
                                + " (" + line.trim() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), violations,
                "upward or sideways imports (see docs/architecture.md)");
    }

    @Test
    void onlyTheBridgeImportsTeaVm() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Source s : sources()) {
            if (!s.pkg().equals("bridge")) {
                s.codeLines().stream().filter(l -> TEAVM.matcher(l).find())
                        .forEach(l -> violations.add(s.file() + ": " + l.trim()));
            }
        }
        assertEquals(List.of(), violations, "org.teavm outside scratchnet.bridge");
    }

    @Test
    void everyPackageIsPlacedInTheDependencyRule() throws IOException {
        for (Source s : sources()) {
            assertTrue(RULE.containsKey(s.pkg()), s.file() + " is in package " + s.pkg()
                    + ", which docs/architecture.md's dependency rule (and this test's RULE)"
                    + " do not place");
        }
    }

    @Test
    void theRuleHasNoCycles() {
        for (String pkg : RULE.keySet()) {
            assertTrue(!reachable(pkg).contains(pkg), pkg + " depends on itself");
        }
    }

    /** Everything {@code pkg} may import: the transitive closure of {@link #RULE}. */
    private static Set<String> reachable(String pkg) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(RULE.getOrDefault(pkg, Set.of()));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (seen.add(next)) {
                todo.addAll(RULE.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    private static List<Source> sources() throws IOException {
        List<Source> result = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))
                    ::iterator) {
                Path dir = SOURCES.relativize(f.getParent());
                String pkg = dir.getNameCount() == 0 ? "" : dir.getName(0).toString();
                result.add(new Source(f, pkg, codeLines(Files.readAllLines(f))));
            }
        }
        assertTrue(result.size() > 5, "found no sources under " + SOURCES.toAbsolutePath());
        return result;
    }

    /** The lines outside comments (Javadoc may name any type without depending on it). */
    private static List<String> codeLines(List<String> lines) {
        List<String> code = new ArrayList<>();
        boolean inComment = false;
        for (String raw : lines) {
            String line = raw.trim();
            if (inComment) {
                inComment = !line.contains("*/");
                continue;
            }
            if (line.startsWith("/*")) {
                inComment = !line.contains("*/");
                continue;
            }
            int lineComment = line.indexOf("//");
            code.add(lineComment >= 0 ? line.substring(0, lineComment) : line);
        }
        return code;
    }
}
