package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static scratchnet.app.Sessions.session;

import org.junit.jupiter.api.Test;

/**
 * The rate the playground trains with, step by step, equals the schedule's formula written
 * out here independently (with java.lang.Math for the powers and the cosine), and the rate
 * {@code stats()} shows is the one the next step uses.
 */
class ScheduleRateTest {

    /** Steps a session one at a time and checks each step's rate against {@code expected}. */
    private static void check(Session s, java.util.function.LongToDoubleFunction expected,
            int steps) {
        for (int t = 0; t < steps; t++) {
            double shown = s.effectiveRate();
            // within 1e-13 relative: the engine's γ^t is by repeated squaring, not Math.pow
            assertEquals(expected.applyAsDouble(t), shown, 1e-13 * expected.applyAsDouble(t),
                    "step " + t);
            s.step(1);
            assertEquals(shown, s.lastLearningRate(), "step " + t + " trained at the shown rate");
        }
    }

    @Test
    void stepScheduleWithWarmupFollowsItsFormula() {
        Session s = session("#lr=0.1&sched=step&gamma=0.5&period=5&warmup=3");
        check(s, t -> t < 3 ? 0.1 * (t + 1) / 3 : 0.1 * Math.pow(0.5, Math.floor((t - 3) / 5.0)),
                40);
    }

    @Test
    void exponentialScheduleFollowsItsFormula() {
        Session s = session("#lr=0.3&sched=exponential&gamma=0.9");
        check(s, t -> 0.3 * Math.pow(0.9, t), 60);
    }

    @Test
    void cosineScheduleFollowsItsFormulaAndStaysAtItsFloor() {
        Session s = session("#lr=0.1&sched=cosine&period=30&floor=0.01");
        check(s, t -> t >= 30 ? 0.01 : 0.01 + 0.09 * (1 + Math.cos(Math.PI * t / 30)) / 2, 45);
    }

    @Test
    void constantRateWithWarmupRampsThenHolds() {
        Session s = session("#lr=0.05&sched=constant&warmup=4");
        check(s, t -> t < 4 ? 0.05 * (t + 1) / 4 : 0.05, 10);
    }

    @Test
    void statsShowTheRateOfTheNextStep() {
        Session s = session("#lr=0.2&sched=exponential&gamma=0.5");
        s.step(3);
        String json = Protocol.stats(s);
        assertEquals(true, json.contains("\"rate\":0.025"), json);
    }
}
