package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static scratchnet.app.Sessions.session;

import java.util.List;
import org.junit.jupiter.api.Test;
import scratchnet.format.RaceRequest;

/**
 * State kept across a settings change must follow every setting it depends on: whatever a
 * session, race or twin builds or keeps after a change equals what a session made directly
 * with the final settings builds.
 */
class StaleSettingsTest {

    /**
     * A race's racers are the playground's network with their optimizer and rate, batch
     * normalisation and precision included (they used to be plain float64 networks).
     */
    @Test
    void racersKeepBatchNormAndPrecision() {
        String link = "#data=circle&layers=4,3&act=tanh&batch=10&seed=3&bn=1&prec=float32";
        Session s = session(link);
        Race race = s.startRace(RaceRequest.read("[{\"optimizer\": \"sgd\", \"learningRate\":"
                + " 0.03}, {\"optimizer\": \"adam\", \"learningRate\": 0.01}]"));
        for (int done = 0; done < 60; done += 20) {
            race.advance(0, 20);
            race.advance(1, 20);
        }
        String[] names = {"sgd", "adam"};
        double[] rates = {0.03, 0.01};
        for (int r = 0; r < 2; r++) {
            Session alone = session(link + "&opt=" + names[r] + "&lr=" + rates[r]);
            alone.step(60);
            assertEquals(alone.parameterBits(), Session.parameterBits(race.racer(r).net),
                    names[r]);
        }
    }

    /**
     * The float64 twin follows a new activation chosen at a rewound checkpoint (it went on
     * training the old activation): its losses are those of the twin of a run made with the
     * new activation, at the same step.
     */
    @Test
    void theTwinFollowsANewActivationAtACheckpoint() {
        Session s = session("#layers=4,4&act=tanh&prec=float32&twin=1");
        s.step(300);
        assertEquals(100, s.rewind(120));
        s.configure("#act=relu");
        assertEquals(100, s.steps(), "no start over");
        s.step(20);
        s.refresh();
        Session fresh = session("#layers=4,4&act=relu&prec=float32&twin=1");
        fresh.step(120);
        fresh.refresh();
        assertNotNull(s.twinLosses());
        assertArrayEquals(fresh.twinLosses(), s.twinLosses());
    }

    /**
     * After a model is imported the float64 twin starts from the model's weights, as the run
     * does (it started from the seed's): at step 0, and again after a rewind, its loss is the
     * run's up to float32 rounding.
     */
    @Test
    void theTwinStartsFromAnImportedModel() {
        Session trained = session("#layers=4,4&act=tanh&prec=float32");
        trained.step(300);
        String json = trained.export(Session.ExportKind.MODEL_JSON, 1);
        Session s = session("#prec=float32&twin=1");
        s.importModel(scratchnet.format.ModelJson.read(json));
        s.refresh();
        assertEquals(0, s.twinLosses()[0]);
        assertEquals(s.stats().trainLoss(), s.twinLosses()[1], 1e-5, "step 0");
        s.step(50);
        assertEquals(0, s.rewind(0));
        assertEquals(s.stats().trainLoss(), s.twinLosses()[1], 1e-5, "rewound to step 0");
    }

    /**
     * A link that changes the activation at a rewound checkpoint and the heatmap's axes at
     * once draws the heatmap over the new axes, as the two changes made one after the other do.
     */
    @Test
    void aNewActivationAtACheckpointWithNewHeatmapAxes() {
        Session[] both = new Session[2];
        for (int k = 0; k < 2; k++) {
            Session s = session("#data=delivery&layers=8,8&act=relu&hx=0&hy=1");
            s.step(300);
            assertEquals(100, s.rewind(120));
            if (k == 0) {
                assertEquals(List.of(), s.configure("#act=tanh&hx=2&hy=3"));
            } else {
                assertEquals(List.of(), s.configure("#act=tanh"));
                assertEquals(List.of(), s.configure("#hx=2&hy=3"));
            }
            assertEquals(100, s.steps(), "no start over");
            s.refresh();
            both[k] = s;
        }
        assertEquals(both[1].hash(), both[0].hash());
        assertEquals(both[1].parameterBits(), both[0].parameterBits());
        assertArrayEquals(both[1].points(), both[0].points());
        assertEquals(both[1].dataVersion(), both[0].dataVersion(), "the page repaints the points");
        assertArrayEquals(both[1].outputPixels(), both[0].outputPixels());
    }

    /**
     * A change a lesson refuses in part keeps the run as the allowed part alone does: the
     * locked key stays and only the learning rate changes, so the weights stay (the refused
     * batch norm used to be applied, undone and the run started over, both times from the seed).
     */
    @Test
    void aRefusedLockedChangeDoesNotStartTheRunOver() {
        Session[] both = new Session[2];
        for (int k = 0; k < 2; k++) {
            Session s = session("#data=xor&lock=bn");
            s.step(100);
            String bits = s.parameterBits();
            List<String> messages = s.configure(k == 0 ? "bn=1&lr=0.1" : "lr=0.1");
            assertEquals(k == 0 ? List.of("The lesson locks bn; it stays at 0.") : List.of(),
                    messages);
            assertEquals(100, s.steps(), "no start over");
            assertEquals(bits, s.parameterBits());
            s.step(20);
            both[k] = s;
        }
        assertEquals(both[1].fullHash(), both[0].fullHash());
        assertEquals(both[1].parameterBits(), both[0].parameterBits());
    }
}
