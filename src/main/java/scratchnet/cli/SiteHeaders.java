package scratchnet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The response headers netlify.toml's {@code [[headers]]} rules give each path, so the local
 * server sends what production sends, read from the same file (the build copies netlify.toml
 * into the jar). A rule's {@code for} is a path pattern in which {@code *} matches any run of
 * characters, as Netlify's splat does; every rule whose pattern matches applies, in file order.
 *
 * <p>Only the part of TOML that the file uses is read: {@code [[headers]]} tables with a
 * one-line {@code for = "..."} and a {@code [headers.values]} table of one-line strings. Any
 * other form inside a headers rule is an error rather than a silently dropped header;
 * NetlifyConfigTest checks that Netlify's own resolver reads the same rules.
 *
 * @param rules the rules in file order
 */
record SiteHeaders(List<Rule> rules) {
    /** The copy of netlify.toml that the build puts at the root of the classpath (the jar). */
    static final String RESOURCE = "/netlify.toml";

    private static final Pattern KEY_VALUE = Pattern.compile(
            "([A-Za-z0-9_-]+|\"[^\"]*\")\\s*=\\s*(\"(?:[^\"\\\\]|\\\\[\"\\\\])*\"|'[^']*')\\s*(#.*)?");

    /**
     * One {@code [[headers]]} rule.
     *
     * @param pattern the {@code for} path pattern, e.g. {@code /assets/*}
     * @param values  header name → value, in file order
     */
    record Rule(String pattern, Map<String, String> values) {
        /** Whether this rule applies to a request path such as {@code /assets/a.js}. */
        boolean matches(String path) {
            String[] literal = pattern.split("\\*", -1);
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < literal.length; i++) {
                regex.append(i == 0 ? "" : ".*").append(Pattern.quote(literal[i]));
            }
            return path.matches(regex.toString());
        }
    }

    /** The headers for {@code path}: every matching rule's values, later rules winning. */
    Map<String, String> forPath(String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (rule.matches(path)) {
                headers.putAll(rule.values());
            }
        }
        return headers;
    }

    /** The rules of the netlify.toml packed into this program's classpath (its jar). */
    static SiteHeaders fromClasspath() throws IOException {
        try (InputStream in = SiteHeaders.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("netlify.toml is missing from the classpath;"
                        + " build with ./build.sh or mvn package");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Reads the {@code [[headers]]} rules of a netlify.toml text. */
    static SiteHeaders parse(String toml) {
        List<Rule> rules = new ArrayList<>();
        String table = "";
        String pattern = null;
        Map<String, String> values = null;
        String[] lines = toml.split("\r?\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                String next = line.replaceAll("#.*", "").replaceAll("\\s+", "");
                if (next.equals("[headers.values]") && table.equals("[[headers]]")) {
                    values = new LinkedHashMap<>();
                } else if (table.equals("[[headers]]") || table.equals("[headers.values]")) {
                    rules.add(rule(pattern, values, n));
                    pattern = null;
                    values = null;
                }
                table = next;
                continue;
            }
            if (!table.equals("[[headers]]") && !table.equals("[headers.values]")) {
                continue;
            }
            Matcher m = KEY_VALUE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("netlify.toml line " + (n + 1)
                        + ": a headers rule may hold only one-line \"key = string\" entries: "
                        + line);
            }
            String key = unquote(m.group(1));
            String value = unquote(m.group(2));
            if (table.equals("[[headers]]") && key.equals("for")) {
                pattern = value;
            } else if (table.equals("[headers.values]")) {
                values.put(key, value);
            } else {
                throw new IllegalArgumentException("netlify.toml line " + (n + 1)
                        + ": unknown key in [[headers]]: " + key);
            }
        }
        if (table.equals("[[headers]]") || table.equals("[headers.values]")) {
            rules.add(rule(pattern, values, lines.length));
        }
        return new SiteHeaders(List.copyOf(rules));
    }

    private static Rule rule(String pattern, Map<String, String> values, int line) {
        if (pattern == null || values == null) {
            throw new IllegalArgumentException("netlify.toml before line " + (line + 1)
                    + ": a [[headers]] rule needs `for = \"/path\"` and a [headers.values] table");
        }
        return new Rule(pattern, Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    /** A TOML basic ("...", with \" and \\ escapes) or literal ('...') string's content. */
    private static String unquote(String token) {
        if (token.startsWith("'")) {
            return token.substring(1, token.length() - 1);
        }
        if (!token.startsWith("\"")) {
            return token;
        }
        return token.substring(1, token.length() - 1).replaceAll("\\\\([\"\\\\])", "$1");
    }
}
