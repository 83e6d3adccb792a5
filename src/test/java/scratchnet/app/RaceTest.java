package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scratchnet.data.Dataset;
import scratchnet.engine.Network;
import scratchnet.format.FormatException;
import scratchnet.format.JsonForTests;
import scratchnet.format.RaceRequest;
import scratchnet.math.Rng;
import scratchnet.train.OptimizerKind;
import scratchnet.train.Trainer;

/**
 * The optimizer race ({@link Race}): the same configs give the same losses bit for bit, each
 * racer is exactly the playground's own run (and a lone trainer) with its optimizer and rate,
 * racers move in lockstep, and the winner table is right on a hand-checked case.
 */
class RaceTest {
    private static final String FOUR = "[{\"optimizer\": \"sgd\", \"learningRate\": 0.03},"
            + " {\"optimizer\": \"momentum\", \"learningRate\": 0.03},"
            + " {\"optimizer\": \"adam\", \"learningRate\": 0.01},"
            + " {\"optimizer\": \"rmsprop\", \"learningRate\": 0.003}]";

    private static Race run(Session s, String json, int steps, int perRound) {
        Race race = s.startRace(RaceRequest.read(json));
        for (int done = 0; done < steps; done += perRound) {
            for (int r = 0; r < race.size(); r++) {
                race.advance(r, perRound);
            }
        }
        return race;
    }

    private static long[] bits(Network net) {
        double[][] p = net.parameters();
        int n = 0;
        for (double[] b : p) {
            n += b.length;
        }
        long[] out = new long[n];
        int i = 0;
        for (double[] b : p) {
            for (double v : b) {
                out[i++] = Double.doubleToRawLongBits(v);
            }
        }
        return out;
    }

    private static long[] bits(double[] v) {
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Double.doubleToRawLongBits(v[i]);
        }
        return out;
    }

    @Test
    void sameConfigsGiveIdenticalLosses() {
        Session a = new Session();
        a.load("#data=spiral&layers=6,6&act=tanh&batch=10&seed=7");
        Session b = new Session();
        b.load("#data=spiral&layers=6,6&act=tanh&batch=10&seed=7");
        Race ra = run(a, FOUR, 300, 8);
        Race rb = run(b, FOUR, 300, 8);
        for (int r = 0; r < 4; r++) {
            assertEquals(304, ra.racer(r).trainer.stepsTaken());
            assertArrayEquals(bits(ra.losses(r)), bits(rb.losses(r)), "racer " + r);
            assertArrayEquals(bits(ra.racer(r).net), bits(rb.racer(r).net), "racer " + r);
        }
        // A rerun in the same session starts from the same weights again.
        Race again = run(a, FOUR, 300, 8);
        assertArrayEquals(bits(ra.losses(2)), bits(again.losses(2)));
    }

    @Test
    void aRaceInPartsIsTheWholeRaceBitForBit() {
        for (String hash : new String[] {"#data=spiral&layers=6,6&act=tanh&batch=10&seed=7",
            "#data=circle&layers=8,8&act=relu&batch=25&bn=1&prec=float32&seed=5",
            "#data=digits&layers=12&batch=30&seed=2"}) {
            Session a = new Session();
            a.load(hash);
            String request = "{\"racers\": " + FOUR + ", \"steps\": 24}";
            Race whole = run(a, request, 24, 8);
            Session b = new Session();
            b.load(hash);
            Race parts = b.startRace(RaceRequest.read(request));
            assertFalse(parts.started(), "the starting loss waits for the first calls");
            assertTrue(Double.isNaN(parts.target()));
            assertFalse(parts.finished());
            // budgets of a fraction of a step, so steps and loss passes go in many parts
            double step = parts.racer(0).trainer.stepWork();
            double[] budgets = {step / 7, step / 3, 1.5 * step, 1};
            int calls = 0;
            for (int round = 0; round < 1000 && !parts.finished(); round++) {
                for (int r = 0; r < 4; r++) {
                    double did = parts.advance(r, 8, budgets[(round + r) % budgets.length]);
                    // work is done unless the racer has ended or is 8 steps ahead
                    assertTrue(did > 0 || parts.racer(r).step() == 24
                            || parts.racer(r).step() == parts.step() + 8, hash);
                    calls++;
                }
            }
            assertTrue(parts.finished() && whole.finished(), hash);
            assertTrue(calls > 4 * 24, hash + ": " + calls + " calls");
            assertEquals(Double.doubleToRawLongBits(whole.startLoss()),
                    Double.doubleToRawLongBits(parts.startLoss()), hash);
            assertEquals(whole.target(), parts.target(), hash);
            for (int r = 0; r < 4; r++) {
                assertEquals(24, parts.racer(r).trainer.stepsTaken(), hash);
                assertArrayEquals(bits(whole.losses(r)), bits(parts.losses(r)), hash + " racer " + r);
                assertArrayEquals(bits(whole.racer(r).net), bits(parts.racer(r).net), hash + " racer " + r);
            }
            whole.refresh();
            int refreshCalls = 1;
            while (!parts.refresh(step / 5)) {
                refreshCalls++;
            }
            assertTrue(refreshCalls > 1, hash);
            for (int r = 0; r < 4; r++) {
                assertEquals(Double.doubleToRawLongBits(whole.racer(r).testLoss),
                        Double.doubleToRawLongBits(parts.racer(r).testLoss), hash + " racer " + r);
                assertArrayEquals(whole.pixels(r), parts.pixels(r), hash + " racer " + r);
            }
        }
    }

    @Test
    void eachRacerIsThePlaygroundsOwnRunWithItsOptimizerBitForBit() {
        String[] names = {"sgd", "momentum", "adam", "rmsprop"};
        double[] rates = {0.03, 0.03, 0.01, 0.003};
        Session s = new Session();
        s.load("#data=circle&layers=4,2&act=tanh&batch=10&seed=3");
        Race race = run(s, FOUR, 200, 25);
        for (int r = 0; r < 4; r++) {
            Session alone = new Session();
            alone.load("#data=circle&layers=4,2&act=tanh&batch=10&seed=3&opt=" + names[r]
                    + "&lr=" + rates[r]);
            alone.step(200);
            assertEquals(alone.parameterBits(), Session.parameterBits(race.racer(r).net), names[r]);
        }
    }

    @Test
    void eachRacerIsALoneTrainerWithItsOptimizerBitForBit() {
        Session s = new Session();
        s.load("#data=xor&layers=5,3&act=relu&batch=4&seed=11&reg=l2&rate=0.001");
        Race race = run(s, FOUR, 120, 1);
        Settings settings = s.settings();
        Problem problem = Problem.of(settings);
        Dataset train = problem.train;
        OptimizerKind[] kinds = {OptimizerKind.SGD, OptimizerKind.MOMENTUM, OptimizerKind.ADAM,
            OptimizerKind.RMSPROP};
        double[] rates = {0.03, 0.03, 0.01, 0.003};
        for (int r = 0; r < 4; r++) {
            Network net = Network.build(settings.net().spec(train.cols(), problem.outputs()),
                    new Rng(settings.net().seed()));
            Trainer t = new Trainer(net, settings.trainSpec().withOptimizer(kinds[r])
                    .withLearningRate(rates[r]), train.x(), train.y());
            double[] losses = new double[121];
            losses[0] = net.loss(train.x(), train.y(), train.rows());
            for (int i = 1; i <= 120; i++) {
                t.step();
                losses[i] = net.loss(train.x(), train.y(), train.rows());
            }
            assertArrayEquals(bits(net), bits(race.racer(r).net), kinds[r].name());
            double[] pairs = race.losses(r);
            assertEquals(2 * 121, pairs.length);
            for (int i = 0; i <= 120; i++) {
                assertEquals(i, pairs[2 * i]);
                assertEquals(Double.doubleToRawLongBits(losses[i]),
                        Double.doubleToRawLongBits(pairs[2 * i + 1]), kinds[r] + " step " + i);
            }
        }
    }

    @Test
    void racersMoveInLockstep() {
        Session s = new Session();
        Race race = s.startRace(RaceRequest.read(FOUR));
        assertEquals(10, race.advance(0, 10));
        assertEquals(0, race.advance(0, 10), "no racer runs ahead of the slowest by more than n");
        assertEquals(10, race.advance(1, 10));
        assertEquals(10, race.advance(2, 10));
        assertEquals(0, race.step());
        assertEquals(10, race.advance(3, 10));
        assertEquals(10, race.step());
        assertEquals(5, race.advance(3, 5));
    }

    @Test
    void theRaceEndsAfterItsSteps() {
        Session s = new Session();
        Race race = s.startRace(RaceRequest.read("{\"racers\": " + FOUR
                + ", \"steps\": 30, \"target\": 0.5}"));
        for (int round = 0; round < 10; round++) {
            for (int r = 0; r < 4; r++) {
                race.advance(r, 8);
            }
        }
        assertTrue(race.finished());
        assertEquals(30, race.step());
        for (int r = 0; r < 4; r++) {
            assertEquals(30, race.racer(r).trainer.stepsTaken());
        }
    }

    @Test
    void winnersAreTheLowestLossAndTheFewestStepsToTheTarget() {
        // Hand-checked: losses 0.30, 0.12, NaN (diverged), 0.12 → racers 2 and 4 lead on loss;
        // target reached never, at 40, 25, 25 → racers 3 and 4 got there first.
        assertArrayEquals(new boolean[] {false, true, false, true},
                Race.lowestLoss(new double[] {0.30, 0.12, Double.NaN, 0.12}));
        assertArrayEquals(new boolean[] {false, false, true, true},
                Race.fewestSteps(new long[] {-1, 40, 25, 25}));
        assertArrayEquals(new boolean[] {false, false},
                Race.lowestLoss(new double[] {Double.NaN, Double.POSITIVE_INFINITY}));
        assertArrayEquals(new boolean[] {false, false}, Race.fewestSteps(new long[] {-1, -1}));
    }

    @Test
    void stepsToTheTargetIsTheFirstStepAtOrBelowIt() {
        Session s = new Session();
        Race race = run(s, FOUR, 400, 8);
        double target = race.target();
        assertEquals(Race.DEFAULT_TARGET_SHARE * race.startLoss(), target);
        boolean someoneReached = false;
        for (int r = 0; r < 4; r++) {
            double[] pairs = race.losses(r);
            long first = -1;
            for (int i = 0; i < pairs.length / 2 && first < 0; i++) {
                if (pairs[2 * i + 1] <= target) {
                    first = (long) pairs[2 * i];
                }
            }
            assertEquals(first, race.racer(r).reachedAt, "racer " + r);
            someoneReached |= first >= 0;
        }
        assertTrue(someoneReached, "on the default circle someone reaches a quarter of the start");
    }

    @Test
    void theTableNamesTheLeadersOfAHandCheckedRace() {
        Session s = new Session();
        s.load("#data=circle&layers=4,2&act=tanh&batch=10&seed=1");
        Race race = run(s, "{\"racers\": [{\"optimizer\": \"sgd\", \"learningRate\": 0.00001},"
                + " {\"optimizer\": \"adam\", \"learningRate\": 0.03}], \"steps\": 200}", 200, 8);
        race.addTime(0, 12.5);
        race.addTime(1, 20);
        race.addTime(1, Double.NaN);
        Map<?, ?> state = (Map<?, ?>) ((Map<?, ?>) JsonForTests.parse(RaceProtocol.state(s)))
                .get("race");
        List<?> racers = (List<?>) state.get("racers");
        Map<?, ?> slow = (Map<?, ?>) racers.get(0);
        Map<?, ?> fast = (Map<?, ?>) racers.get(1);
        // A rate of 1e-5 barely moves the weights in 200 steps: SGD stays near the start.
        assertEquals(200.0, state.get("step"));
        assertTrue((Double) slow.get("trainLoss") > 0.9 * race.startLoss());
        assertTrue((Double) fast.get("trainLoss") < (Double) slow.get("trainLoss"));
        assertEquals(false, slow.get("lowestLoss"));
        assertEquals(true, fast.get("lowestLoss"));
        assertTrue(JsonForTests.isNull(slow.get("stepsToTarget")), "SGD at 1e-5 never gets there");
        assertEquals((double) race.racer(1).reachedAt, fast.get("stepsToTarget"));
        assertEquals(true, fast.get("fewestSteps"));
        assertEquals(false, slow.get("fewestSteps"));
        assertEquals(12.5, slow.get("wallMs"));
        assertEquals(20.0, fast.get("wallMs"));
        assertEquals(0.1, fast.get("msPerStep"));
    }

    @Test
    void badRequestsAreRefusedAndTheOldRaceStays() {
        Session s = new Session();
        Race first = s.startRace(RaceRequest.read(FOUR));
        assertThrows(IllegalArgumentException.class, () -> s.startRace(RaceRequest.read(
                "[{\"optimizer\": \"sgd\", \"learningRate\": 0.03}]")));
        assertThrows(IllegalArgumentException.class, () -> s.startRace(RaceRequest.read(
                "[{\"optimizer\": \"sgd\", \"learningRate\": 0.03},"
                        + " {\"optimizer\": \"adam\", \"learningRate\": 1000}]")));
        assertThrows(FormatException.class, () -> RaceRequest.read(
                "[{\"optimizer\": \"lion\", \"learningRate\": 0.03}]"));
        assertThrows(FormatException.class, () -> RaceRequest.read("[{\"optimizer\": \"sgd\"}]"));
        assertThrows(FormatException.class, () -> RaceRequest.read("{\"racers\": [], \"laps\": 3}"));
        assertThrows(FormatException.class, () -> RaceRequest.read("not json"));
        assertSame(first, s.race());
        Map<?, ?> out = (Map<?, ?>) JsonForTests.parse(RaceProtocol.start(s, "[1, 2]"));
        assertTrue(((String) out.get("error")).startsWith("racer 1 must be"));
        assertNotNull(out.get("race"));
        assertSame(first, s.race());
    }

    @Test
    void aDivergingRacerStopsAndNoLongerHoldsTheOthersBack() {
        Session s = new Session();
        s.load("#data=circle&layers=8,8&act=relu&loss=mse&out=linear&batch=10&seed=1");
        Race race = run(s, "[{\"optimizer\": \"sgd\", \"learningRate\": 100},"
                + " {\"optimizer\": \"adam\", \"learningRate\": 0.01}]", 200, 8);
        assertTrue(race.racer(0).divergedAt > 0, "lr 100 on MSE blows up");
        assertFalse(race.racer(1).divergedAt > 0);
        assertEquals(200, race.racer(1).trainer.stepsTaken());
    }
}
