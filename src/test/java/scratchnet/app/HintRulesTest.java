package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the playground's hint with a run that must trigger it and one that must not,
 * on the engine's own runs (each frame: some steps, then a refresh, as the page does).
 */
class HintRulesTest {
    /** The phenomena shown after each of {@code frames} frames of {@code steps} steps. */
    private static List<String> shown(String hash, int frames, int steps) {
        Session s = new Session();
        assertEquals("[]", s.load(hash).toString());
        List<String> out = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            s.step(steps);
            s.refresh(false);
            String h = s.hint();
            out.add(h.isEmpty() ? "-" : h.substring(0, h.indexOf('|')));
        }
        return out;
    }

    private static String last(List<String> shown) {
        return shown.get(shown.size() - 1);
    }

    /** How often the shown hint changed. */
    private static int flips(List<String> shown) {
        int n = 0;
        for (int i = 1; i < shown.size(); i++) {
            n += shown.get(i).equals(shown.get(i - 1)) ? 0 : 1;
        }
        return n;
    }

    @Test
    void theDefaultRunLearnsWithoutAnyHint() {
        List<String> h = shown("", 120, 25);
        assertTrue(h.stream().allMatch("-"::equals), h.toString());
    }

    @Test
    void tanhAtRatesTenAndHundredOnTheCircleIsToldTheRateIsTooHighSteadily() {
        for (String lr : new String[] {"10", "100"}) {
            List<String> h = shown("#act=tanh&lr=" + lr, 60, 25);
            assertEquals("RATE_TOO_HIGH", last(h), h.toString());
            assertEquals(1, flips(h), "appears once and stays: " + h);
        }
    }

    @Test
    void deadReluLayersAreNamedAndAHealthyReluRunIsNot() {
        List<String> h = shown("#act=relu&init=too-large&lr=0.3", 20, 25);
        assertEquals("DEAD_UNITS", last(h), h.toString());
        assertEquals("-", last(shown("#act=relu&init=he&lr=0.03", 20, 25)));
    }

    @Test
    void vanishingGradientsAreNamedOnlyWhenADeepSigmoidNetworkIsStuck() {
        List<String> h = shown("#data=xor&act=sigmoid&layers=8,8,8,8,8,8", 40, 25);
        assertEquals("VANISHING_GRADIENTS", last(h), h.toString());
    }

    @Test
    void zeroInitialisationIsToldItsUnitsAreCopies() {
        List<String> h = shown("#init=zeros", 20, 25);
        assertEquals("SYMMETRY", last(h), h.toString());
        assertEquals("-", last(shown("#init=he", 20, 25)));
    }

    @Test
    void aTinyRateIsToldItIsTooSmall() {
        List<String> h = shown("#lr=0.00001", 20, 25);
        assertEquals("RATE_TOO_SMALL", last(h), h.toString());
        assertEquals("-", last(shown("#lr=0.003", 20, 25)));
    }

    @Test
    void aLearnedReluNetworkGetsNoVanishingGradientWarningAndNoFlicker() {
        List<String> h = shown("#act=relu&init=he&layers=8,8,8,8", 200, 25);
        assertTrue(h.stream().noneMatch("VANISHING_GRADIENTS"::equals), h.toString());
        assertTrue(flips(h) <= 2, h.toString());
    }

    @Test
    void aNonFiniteValueIsShownAtOnce() {
        List<String> h = shown("#data=plane&lr=100&batch=1", 20, 50);
        assertEquals("NON_FINITE", last(h), h.toString());
    }
}
