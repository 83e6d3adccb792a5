package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scratchnet.format.JsonForTests;

/**
 * Pins the optimizer race's field names (see {@link RaceProtocol}); web/js/race-panel.js and
 * the console's {@code scratchnet.race} read these names.
 */
class RaceProtocolTest {
    private static List<String> keys(Object v) {
        return new ArrayList<>(((Map<?, ?>) v).keySet().stream().map(String::valueOf).toList());
    }

    @Test
    void beforeAnyRaceTheStateHasLimitsAndDefaults() {
        Session s = new Session();
        Map<?, ?> state = (Map<?, ?>) JsonForTests.parse(RaceProtocol.state(s));
        assertEquals(List.of("limits", "race"), keys(state));
        assertTrue(JsonForTests.isNull(state.get("race")));
        Map<?, ?> limits = (Map<?, ?>) state.get("limits");
        assertEquals(List.of("minRacers", "maxRacers", "defaultSteps", "maxSteps",
                "stepsPerFrame", "targetShare", "defaults"), keys(limits));
        List<?> defaults = (List<?>) limits.get("defaults");
        assertEquals(4, defaults.size());
        for (Object d : defaults) {
            assertEquals(List.of("optimizer", "label", "learningRate", "on"), keys(d));
            assertEquals(s.settings().trainSpec().learningRate(), ((Map<?, ?>) d).get("learningRate"));
        }
    }

    @Test
    void aStartedRaceNamesEveryField() {
        Session s = new Session();
        Map<?, ?> out = (Map<?, ?>) JsonForTests.parse(RaceProtocol.start(s,
                "[{\"optimizer\": \"sgd\", \"learningRate\": 0.03},"
                        + " {\"optimizer\": \"adam\", \"learningRate\": 0.01}]"));
        assertEquals(List.of("error", "race"), keys(out));
        assertTrue(JsonForTests.isNull(out.get("error")));
        Map<?, ?> race = (Map<?, ?>) ((Map<?, ?>) out.get("race")).get("race");
        assertEquals(List.of("started", "step", "steps", "finished", "target", "startLoss", "loss",
                "trainRows", "testRows", "hash", "resolution", "racers"), keys(race));
        List<?> racers = (List<?>) race.get("racers");
        assertEquals(2, racers.size());
        for (Object r : racers) {
            assertEquals(List.of("optimizer", "label", "learningRate", "step", "trainLoss",
                    "testLoss", "stepsToTarget", "divergedAt", "wallMs", "msPerStep",
                    "lowestLoss", "fewestSteps"), keys(r));
        }
        assertEquals("adam", ((Map<?, ?>) racers.get(1)).get("optimizer"));
        assertEquals("Adam", ((Map<?, ?>) racers.get(1)).get("label"));
        assertEquals("bce", race.get("loss"));
        assertEquals(s.hash(), race.get("hash"));
    }
}
