package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import scratchnet.diag.DeadUnits;
import scratchnet.diag.UnitState;

/**
 * The activation explorer's legend in web/index.html is static text: its edges must be the
 * engine's own ({@link DeadUnits} for saturated, {@link UnitState} for dead).
 */
class ActivationLegendTest {
    private static String n(double v) {
        String t = v == Math.rint(v) ? Long.toString((long) Math.abs(v))
                : Double.toString(Math.abs(v));
        return (v < 0 ? "−" : "") + t;
    }

    @Test
    void theLegendsEdgesAreTheEnginesThresholds() throws IOException {
        String html = Files.readString(Path.of("web/index.html"));
        String saturated = "saturated (f′ under 7.1 % of its peak: sigmoid |z| &gt; "
                + n(DeadUnits.SIGMOID_SATURATION_Z) + ", tanh |z| &gt; "
                + n(DeadUnits.TANH_SATURATION_Z) + ", ELU z &lt; "
                + n(DeadUnits.ELU_SATURATED_BELOW) + ", GELU z &lt; "
                + n(DeadUnits.GELU_SATURATED_BELOW) + ", SiLU z &lt; "
                + n(DeadUnits.SILU_SATURATED_BELOW) + ", softplus z &lt; "
                + n(DeadUnits.SOFTPLUS_SATURATED_BELOW) + ")";
        String dead = "dead (ReLU z ≤ 0, f′ = 0; ELU z &lt; " + n(UnitState.ELU_DEAD_BELOW)
                + ", GELU z &lt; " + n(UnitState.GELU_DEAD_BELOW) + ", SiLU z &lt; "
                + n(UnitState.SILU_DEAD_BELOW) + ", softplus z &lt; "
                + n(UnitState.SOFTPLUS_DEAD_BELOW) + ", f′ under a millionth)";
        assertTrue(html.contains(saturated), saturated);
        assertTrue(html.contains(dead), dead);
        // 7.1 %: tanh′(2) over its peak 1, and σ′(4) over its peak 0.25
        double share = 1 - Math.tanh(2) * Math.tanh(2);
        assertTrue(share < 0.0710 && share > 0.0705, "share " + share);
    }
}
