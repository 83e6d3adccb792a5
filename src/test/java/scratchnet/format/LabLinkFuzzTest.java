package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import scratchnet.app.LabSession;

/**
 * Issue 15: 10,000 seeded labs-page links (the labs' own link reader, {@link LabSession#openLink},
 * which the page calls on load and on every hash change) — built from the lab and fix keys,
 * then truncated, mutated, percent-escaped, made huge, with broken UTF-8 — each leave the page
 * on a real lab with one of its fixes, answered by short one-line messages, in time
 * proportional to their length; none throws.
 */
class LabLinkFuzzTest {
    private static final int CASES = 10_000;
    private static final String[] LABS = {"dying-relu", "nan-explosion", "vanishing-gradients",
        "overfitting", "tiny-learning-rate", "gd-variants", "moons", "", "%", "%E0%A4%A"};
    private static final String[] FIXES = {"leaky-relu", "lower-learning-rate", "standardise",
        "clip", "he-init", "all", "relu-he", "early-stopping", "dropout", "l2", "more-data",
        "larger-learning-rate", "zz", "%zz", ""};

    @Test
    void everyLinkLeavesARealLabAndFixWithShortMessagesInLinearTime() {
        Fuzz fuzz = new Fuzz(15);
        LabSession session = new LabSession();
        for (int i = 0; i < CASES; i++) {
            String link = link(fuzz, i);
            long t0 = System.nanoTime();
            List<String> messages = session.openLink(link);
            long nanos = System.nanoTime() - t0;
            String label = "case " + i + " " + Excerpt.quoted(link);
            for (String m : messages) {
                assertTrue(!m.isEmpty() && m.length() <= Fuzz.MAX_MESSAGE && m.indexOf('\n') < 0
                        && m.indexOf('\r') < 0, label + ": " + m);
            }
            assertTrue(Arrays.asList(session.labs()).contains(session.lab()), label);
            String fix = session.fix();
            assertTrue(fix.isEmpty() ? session.lab().equals("gd-variants")
                    : Arrays.asList(session.fixes()).contains(fix), label + ": fix " + fix);
            // opening a lab builds its runs: allow that beside the linear bound
            assertTrue(nanos <= 2 * Fuzz.BASE_NANOS + Fuzz.NANOS_PER_CHAR * link.length(),
                    label + ": " + nanos / 1_000_000 + " ms");
        }
    }

    private static String link(Fuzz fuzz, int i) {
        String built = "#lab=" + fuzz.pick(LABS) + (fuzz.nextBoolean() ? "" : "&fix="
                + fuzz.pick(FIXES));
        switch (i % 8) {
            case 0:
                return fuzz.noise("#&=%labfixE0A4z-", fuzz.nextInt(80));
            case 1:
                return fuzz.mutate(built);
            case 2:
                return built.substring(0, fuzz.nextInt(built.length() + 1));
            case 3:
                return i % 200 == 3 ? "#lab=" + "x".repeat(100_000) : "#fix=" + fuzz.pick(FIXES);
            case 4:
                return built + "&" + fuzz.noise("abc=%", fuzz.nextInt(20));
            default:
                return built;
        }
    }
}
