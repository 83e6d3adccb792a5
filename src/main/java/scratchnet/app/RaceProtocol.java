package scratchnet.app;

import scratchnet.format.FormatException;
import scratchnet.format.HashCodec;
import scratchnet.format.JsonWriter;
import scratchnet.format.Names;
import scratchnet.format.RaceRequest;
import scratchnet.train.OptimizerKind;

/**
 * The optimizer race's JSON for the page (see {@link Race}); {@code RaceProtocolTest} pins
 * the field names. Losses are mean training (or test) losses over all rows of that set, in
 * the loss the settings name ({@code loss}); wall time is milliseconds the page measured
 * around each racer's steps, which include scoring the training rows after every step.
 */
public final class RaceProtocol {
    private RaceProtocol() {
    }

    /**
     * Starts a race from the session's current settings with the racers of {@code json} (see
     * {@link RaceRequest}): {@code {error: null, race}} with the new race's {@link #state}, or
     * {@code {error: "what to fix", race}} with the previous race (or null) kept.
     */
    public static String start(Session s, String json) {
        String error = null;
        try {
            s.startRace(RaceRequest.read(json));
        } catch (FormatException | IllegalArgumentException e) {
            error = e.getMessage();
        }
        JsonWriter w = new JsonWriter().beginObject().field("error");
        if (error == null) {
            w.nul();
        } else {
            w.string(error);
        }
        return w.field("race").raw(state(s)).endObject().toString();
    }

    /**
     * The race now: {@code {limits: {minRacers, maxRacers, defaultSteps, maxSteps,
     * stepsPerFrame, targetShare, defaults: [{optimizer, learningRate, on}]}, race: null or
     * {started, step, steps, finished, target, startLoss, loss, trainRows, testRows, hash, resolution,
     * racers: [{optimizer, label, learningRate, step, trainLoss, testLoss, stepsToTarget (null
     * until reached), divergedAt (null), wallMs, msPerStep, lowestLoss, fewestSteps}]}}}.
     * The defaults are the current settings' rate for every optimizer, the first three on.
     */
    public static String state(Session s) {
        JsonWriter w = new JsonWriter().beginObject().field("limits").beginObject()
                .field("minRacers").number(Race.MIN_RACERS)
                .field("maxRacers").number(Race.MAX_RACERS)
                .field("defaultSteps").number(Race.DEFAULT_STEPS)
                .field("maxSteps").number(Race.MAX_STEPS)
                .field("stepsPerFrame").number(Race.STEPS_PER_FRAME)
                .field("targetShare").number(Race.DEFAULT_TARGET_SHARE)
                .field("defaults").beginArray();
        double lr = s.settings().trainSpec().learningRate();
        OptimizerKind[] kinds = OptimizerKind.values();
        for (int i = 0; i < kinds.length; i++) {
            w.beginObject().field("optimizer").string(Names.of(kinds[i]))
                    .field("label").string(Race.label(kinds[i]))
                    .field("learningRate").number(lr)
                    .field("on").bool(i < Race.MAX_RACERS - 1).endObject();
        }
        w.endArray().endObject().field("race");
        Race race = s.race();
        if (race == null) {
            w.nul();
        } else {
            race(race, w);
        }
        return w.endObject().toString();
    }

    private static void race(Race race, JsonWriter w) {
        w.beginObject().field("started").bool(race.started())
                .field("step").number(race.step())
                .field("steps").number(race.steps())
                .field("finished").bool(race.finished())
                .field("target").number(race.target())
                .field("startLoss").number(race.startLoss())
                .field("loss").string(HashCodec.name(race.settings().net().loss()))
                .field("trainRows").number(race.trainRows())
                .field("testRows").number(race.testRows())
                .field("hash").string(SettingsHash.write(race.settings()))
                .field("resolution").number(race.resolution())
                .field("racers").beginArray();
        int k = race.size();
        double[] losses = new double[k];
        long[] reached = new long[k];
        for (int r = 0; r < k; r++) {
            losses[r] = race.racer(r).trainLoss;
            reached[r] = race.racer(r).reachedAt;
        }
        boolean[] lowest = Race.lowestLoss(losses);
        boolean[] fewest = Race.fewestSteps(reached);
        for (int r = 0; r < k; r++) {
            Race.Racer x = race.racer(r);
            long taken = x.step();
            w.beginObject().field("optimizer").string(Names.of(x.optimizer))
                    .field("label").string(Race.label(x.optimizer))
                    .field("learningRate").number(x.learningRate)
                    .field("step").number(taken)
                    .field("trainLoss").number(x.trainLoss)
                    .field("testLoss").number(x.testLoss)
                    .field("stepsToTarget");
            optional(w, x.reachedAt);
            w.field("divergedAt");
            optional(w, x.divergedAt);
            w.field("wallMs").number(x.wallMs)
                    .field("msPerStep").number(taken == 0 ? Double.NaN : x.wallMs / taken)
                    .field("lowestLoss").bool(lowest[r])
                    .field("fewestSteps").bool(fewest[r]).endObject();
        }
        w.endArray().endObject();
    }

    private static void optional(JsonWriter w, long v) {
        if (v < 0) {
            w.nul();
        } else {
            w.number(v);
        }
    }
}
