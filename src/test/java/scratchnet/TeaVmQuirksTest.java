package scratchnet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the engine's bit-for-bit agreement between the JVM and TeaVM's JavaScript build.
 *
 * <p>TeaVM 0.15's JavaScript printer treats + and * as associative: it prints {@code a + (b + c)}
 * as {@code a + b + c}, {@code a + (b - c)} as {@code a + b - c}, {@code a * (b * c)} as
 * {@code a * b * c} and {@code a * (b / c)} as {@code a * b / c}; the compound forms
 * {@code a += b + c} and {@code a *= b * c} end up the same way (seen in the generated
 * classes.js: {@code h[g]=h[g]*i*(1.0-i)} for {@code grad[i] *= s * (1 - s)}). For doubles that
 * regroups the rounding, and the browser drifts away from the JVM. The WebAssembly build is
 * not affected. This test finds those shapes in {@code src/main/java}; write the grouped
 * operand first instead ({@code (b + c) + a}), or give it a local variable.
 */
class TeaVmQuirksTest {
    @Test
    void noSourceRegroupsUnderTeaVmsJavaScriptPrinter() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String code = stripCommentsAndLiterals(Files.readString(f));
                for (int at : riskyPositions(code)) {
                    found.add(f + ":" + lineOf(code, at));
                }
            }
        }
        assertEquals(List.of(), found, "expressions TeaVM's JS printer regroups");
    }

    @Test
    void theDetectorFindsEachShapeAndPassesSafeOnes() {
        assertEquals(1, riskyPositions("x = a + (b + c);").size());
        assertEquals(1, riskyPositions("x = a + (b - c);").size());
        assertEquals(1, riskyPositions("x = a * (b * c);").size());
        assertEquals(1, riskyPositions("x = a * (b / c);").size());
        assertEquals(1, riskyPositions("g[i] *= s * (1 - s);").size());
        assertEquals(1, riskyPositions("sum += d - y[i];").size());
        assertEquals(0, riskyPositions("x = (b + c) + a; y = a * (b + c); z = a - (b - c);").size());
        assertEquals(0, riskyPositions("g[i] *= 1 - t * t; s += a * b; k += 1e-8 * w;").size());
        assertEquals(0, riskyPositions("x = a + (double) b; y = a + (-b); z = f(a, -b);").size());
        assertEquals(0, riskyPositions("x = a + (b - c) * d; s = \"n\" + (k + 1);").size());
        assertEquals(1, riskyPositions("x = a * (b * c) / d;").size());
    }

    static String stripCommentsAndLiterals(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                for (int k = i; k < end; k++) {
                    out.append(s.charAt(k) == '\n' ? '\n' : ' ');
                }
                i = end;
            } else if (c == '"' || c == '\'') {
                out.append(c == '"' ? '$' : '0'); // '$' marks string concatenation
                i++;
                while (i < s.length() && s.charAt(i) != c) {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    static List<Integer> riskyPositions(String code) {
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if ((c != '+' && c != '*') || !isBinary(code, i)) {
                continue;
            }
            boolean additive = c == '+';
            if (additive && inStringStatement(code, i)) {
                continue; // string concatenation goes through StringBuilder, not JS +
            }
            int j = i + 1;
            if (j < code.length() && code.charAt(j) == '=') {
                int end = expressionEnd(code, j + 1);
                if (hasTopLevel(code, j + 1, end, additive)) {
                    hits.add(i);
                }
                continue;
            }
            if (j < code.length() && code.charAt(j) == c) {
                i++; // ++ is not an addition
                continue;
            }
            while (j < code.length() && Character.isWhitespace(code.charAt(j))) {
                j++;
            }
            if (j < code.length() && code.charAt(j) == '(') {
                int close = matching(code, j);
                int after = close + 1;
                while (after < code.length() && Character.isWhitespace(code.charAt(after))) {
                    after++;
                }
                boolean tighterFollows = additive && after < code.length()
                        && "*/%".indexOf(code.charAt(after)) >= 0;
                if (!tighterFollows && hasTopLevel(code, j + 1, close, additive)) {
                    hits.add(i);
                }
            }
        }
        return hits;
    }

    private static boolean inStringStatement(String code, int at) {
        int from = at;
        while (from > 0 && ";{}".indexOf(code.charAt(from - 1)) < 0) {
            from--;
        }
        int to = code.indexOf(';', at);
        return code.substring(from, to < 0 ? code.length() : to).indexOf('$') >= 0;
    }

    private static boolean isBinary(String code, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isWhitespace(code.charAt(k))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        char p = code.charAt(k);
        if ((p == 'e' || p == 'E') && k > 0 && Character.isDigit(code.charAt(k - 1))
                && k == i - 1) {
            return false; // exponent sign of a literal such as 1e+8
        }
        return Character.isLetterOrDigit(p) || p == '_' || p == ')' || p == ']' || p == '.';
    }

    private static int matching(String code, int open) {
        int depth = 0;
        for (int k = open; k < code.length(); k++) {
            char c = code.charAt(k);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return k;
                }
            }
        }
        return code.length();
    }

    private static int expressionEnd(String code, int from) {
        int depth = 0;
        for (int k = from; k < code.length(); k++) {
            char c = code.charAt(k);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return k;
                }
                depth--;
            } else if ((c == ';' || c == ',') && depth == 0) {
                return k;
            }
        }
        return code.length();
    }

    /**
     * Whether {@code code[from, to)}, read as one expression, has the given kind of operator as
     * its loosest top-level operator: additive (+, −) or, with none of those, multiplicative.
     */
    private static boolean hasTopLevel(String code, int from, int to, boolean additive) {
        int depth = 0;
        boolean sawAdditive = false;
        boolean sawMultiplicative = false;
        for (int k = from; k < to; k++) {
            char c = code.charAt(k);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && "?<>=!&|^:".indexOf(c) >= 0) {
                return false; // a comparison, logic or a conditional binds looser still
            } else if (depth == 0 && isBinary(code, k)) {
                if (k + 1 < to && code.charAt(k + 1) == c) {
                    k++;
                    continue;
                }
                sawAdditive |= c == '+' || c == '-';
                sawMultiplicative |= c == '*' || c == '/' || c == '%';
            }
        }
        return additive ? sawAdditive : sawMultiplicative && !sawAdditive;
    }

    private static int lineOf(String code, int at) {
        int line = 1;
        for (int k = 0; k < at; k++) {
            if (code.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }
}
