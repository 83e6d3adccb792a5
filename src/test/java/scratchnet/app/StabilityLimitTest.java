package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.diag.Sharpness;

/**
 * Issue 17: the stability limit 2/λ on a real network. A 2-4-2-1 tanh network is trained on
 * the circle by full-batch gradient descent to near its minimum (loss ≈ 0.0038 after 3,000
 * steps at rate 0.1); there λ ≈ 1.11, so 2/λ ≈ 1.80. Continued from that point for 200 steps,
 * rates below the limit only lower the loss, while rates of 2× and 3× the limit throw it up by
 * more than ten times (to 0.4–0.7 on this run) before it settles: the step overshoots the
 * bowl's sharpest direction, as the quadratic picture predicts. (Just above the limit, at
 * 1.1×, this run still converges: the sharpness falls along the way.)
 */
class StabilityLimitTest {
    private static final String RUN = "#data=circle&act=tanh&layers=4,2&batch=250&lr=0.1";

    private static Session nearMinimum() {
        Session s = new Session();
        s.load(RUN);
        s.step(3000);
        s.refresh();
        return s;
    }

    /** The largest training loss over 200 more steps at {@code factor} times the limit. */
    private static double worstAfter(double factor, double limit) {
        Session s = nearMinimum();
        s.configure("#lr=" + factor * limit);
        double worst = 0;
        for (int k = 0; k < 10; k++) {
            s.step(20);
            s.refresh();
            worst = Math.max(worst, s.stats().trainLoss());
        }
        return worst;
    }

    @Test
    void ratesBelowTwoOverLambdaKeepFallingAndRatesWellAboveItBlowUp() {
        Session s = nearMinimum();
        double start = s.stats().trainLoss();
        Sharpness.Estimate e = s.sharpness();
        assertTrue(e.lambdaMax() > 0.5 && e.lambdaMax() < 2, e.toString());
        for (double below : new double[] {0.5, 0.9}) {
            double worst = worstAfter(below, e.lrLimit());
            assertTrue(worst < start, below + "× the limit: " + worst + " vs " + start);
        }
        for (double above : new double[] {2, 3}) {
            double worst = worstAfter(above, e.lrLimit());
            assertTrue(worst > 10 * start, above + "× the limit: " + worst + " vs " + start);
        }
    }
}
