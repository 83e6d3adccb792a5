package scratchnet.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * What the optimizer-internals chart shows equals a hand computation of each optimizer's
 * rules, step by step, on one parameter fed chosen gradients; and a {@link ParameterTrace}
 * records exactly those values.
 */
class OptimizerInternalsTest {
    private static final double[] G = {0.5, -0.2, 0.3, 0.0};
    private static final double LR = 0.01;

    /** Feeds G to {@code opt} on a 2-parameter buffer (the watched one is index 1). */
    private static double[][] run(Optimizer opt, ParameterTrace[] trace) {
        double[][] p = {{0.7, -0.4}};
        double[][] g = {{0, 0}};
        trace[0] = new ParameterTrace(p[0], g[0], 0, 1);
        double[][] rows = new double[G.length][];
        for (int t = 0; t < G.length; t++) {
            g[0][0] = 1;
            g[0][1] = G[t];
            opt.step(p, g, LR);
            trace[0].record(t + 1, LR, opt);
            rows[t] = new double[opt.internalNames().length];
            opt.internals(0, 1, G[t], LR, rows[t]);
        }
        return rows;
    }

    @Test
    void adamsMomentsAndStepMatchTheFormulas() {
        ParameterTrace[] trace = new ParameterTrace[1];
        double[][] rows = run(new Adam(), trace);
        double m = 0;
        double v = 0;
        double w = -0.4;
        for (int t = 1; t <= G.length; t++) {
            double g = G[t - 1];
            m = 0.9 * m + 0.1 * g;
            v = 0.999 * v + 0.001 * g * g;
            double mHat = m / (1 - Math.pow(0.9, t));
            double vHat = v / (1 - Math.pow(0.999, t));
            double step = -LR * mHat / (Math.sqrt(vHat) + 1e-8);
            double[] r = rows[t - 1];
            assertEquals(m, r[0], 1e-16, "m at t=" + t);
            assertEquals(v, r[1], 1e-18, "v at t=" + t);
            assertEquals(mHat, r[2], 1e-14, "m̂ at t=" + t);
            assertEquals(vHat, r[3], 1e-15, "v̂ at t=" + t);
            assertEquals(step, r[4], 1e-14, "lr·m̂/(√v̂+ε) at t=" + t);
            w += step;
            assertEquals(w, trace[0].column(1)[t - 1], 1e-15, "the weight moved by the step");
        }
        // t = 1: m̂ = g and v̂ = g², so the step is −lr·sign(g) (up to ε)
        assertEquals(-LR, rows[0][4], 1e-9);
        assertArrayEquals(new String[] {"step", "value", "gradient", "lr", "m", "v", "mHat",
            "vHat", "update"}, trace[0].columns());
        assertArrayEquals(G, trace[0].column(2));
        assertArrayEquals(new double[] {1, 2, 3, 4}, trace[0].column(0));
    }

    @Test
    void momentumsVelocityIsTheStep() {
        ParameterTrace[] trace = new ParameterTrace[1];
        double[][] rows = run(new Momentum(), trace);
        double vel = 0;
        for (int t = 1; t <= G.length; t++) {
            vel = 0.9 * vel - LR * G[t - 1];
            assertEquals(vel, rows[t - 1][0], 1e-17, "velocity at t=" + t);
            assertEquals(vel, rows[t - 1][1], 0, "W ← W + v");
        }
        // by hand: −0.005, −0.0025, −0.00525, −0.004725
        assertEquals(-0.004725, rows[3][0], 1e-15);
        assertArrayEquals(new double[] {-0.005, -0.0025, -0.00525, -0.004725},
                trace[0].column(5), 1e-15);
    }

    @Test
    void rmspropAndSgdStepsMatchTheFormulas() {
        ParameterTrace[] trace = new ParameterTrace[1];
        double[][] rows = run(new RmsProp(), trace);
        double s = 0;
        for (int t = 1; t <= G.length; t++) {
            double g = G[t - 1];
            s = 0.9 * s + 0.1 * g * g;
            assertEquals(s, rows[t - 1][0], 1e-16);
            assertEquals(-LR * g / (Math.sqrt(s) + 1e-8), rows[t - 1][1], 1e-15);
        }
        rows = run(new Sgd(), trace);
        for (int t = 1; t <= G.length; t++) {
            assertEquals(-LR * G[t - 1], rows[t - 1][0], 0);
        }
        assertArrayEquals(new String[] {"step", "value", "gradient", "lr", "update"},
                trace[0].columns());
    }

    @Test
    void theTraceKeepsABoundedRecordAndDropsStepsAfterARewind() {
        double[] p = {0};
        double[] g = {1};
        ParameterTrace t = new ParameterTrace(p, g, 0, 0);
        Optimizer sgd = new Sgd();
        for (int s = 1; s <= 10_000; s++) {
            t.record(s, 0.1, sgd);
        }
        assertEquals(true, t.size() <= ParameterTrace.BUDGET);
        double[] steps = t.column(0);
        assertEquals(1, steps[0]);
        assertEquals(10_000, steps[steps.length - 1]);
        t.keepUntil(5000);
        steps = t.column(0);
        assertEquals(true, steps[steps.length - 1] <= 5000);
    }
}
