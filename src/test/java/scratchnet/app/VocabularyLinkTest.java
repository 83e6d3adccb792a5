package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.train.Schedule;

/**
 * Links for the vocabulary of issue 17: the new activations and Huber loss by name, one
 * activation per hidden layer ({@code acts}, old single-activation links unchanged) and
 * learning-rate schedules ({@code sched}, {@code gamma}, {@code period}, {@code floor},
 * {@code warmup}).
 */
class VocabularyLinkTest {
    private static SettingsHash.Result read(String hash) {
        return SettingsHash.read(hash);
    }

    private static Settings clean(String hash) {
        SettingsHash.Result r = read(hash);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        return r.settings();
    }

    @Test
    void newActivationsAndHuberAreReadByName() {
        for (String name : List.of("elu", "gelu", "silu", "softplus")) {
            Settings s = clean("#act=" + name);
            assertEquals(name, scratchnet.format.HashCodec.name(s.net().activation()));
        }
        Settings h = clean("#data=plane&loss=huber");
        assertEquals(Loss.HUBER, h.net().loss());
        assertTrue(SettingsHash.write(h).contains("loss=huber"));
        SettingsHash.Result wrong = read("#data=circle&loss=huber");
        assertEquals(Loss.BCE, wrong.settings().net().loss());
        assertEquals(1, wrong.problems().size(), wrong.problems().toString());
    }

    @Test
    void anOldSingleActivationLinkGivesEveryLayerThatActivationAndStaysAsItWas() {
        String hash = SettingsHash.write(clean("#layers=5,4,3&act=elu"));
        assertFalse(hash.contains("acts="), hash);
        Settings s = clean(hash);
        assertArrayEquals(new Activation[] {Activation.ELU, Activation.ELU, Activation.ELU},
                s.net().activations());
        assertEquals(null, s.net().spec(2, 1).hiddenLayers());
    }

    @Test
    void perLayerActivationsRoundTripAndBuildTheirLayers() {
        Settings s = clean("#layers=5,4,3&act=relu&acts=tanh,gelu,relu");
        String hash = SettingsHash.write(s);
        assertTrue(hash.contains("&act=relu&acts=tanh,gelu,relu&"), hash);
        assertEquals(s, clean(hash));
        NetSpec spec = s.net().spec(2, 1);
        assertEquals(Activation.TANH, spec.hiddenAt(0));
        assertEquals(Activation.GELU, spec.hiddenAt(1));
        assertEquals(Activation.RELU, spec.hiddenAt(2));
        scratchnet.engine.Network net = scratchnet.engine.Network.build(spec,
                new scratchnet.math.Rng(1));
        assertEquals(Activation.TANH, net.layer(0).activation());
        assertEquals(Activation.GELU, net.layer(1).activation());
        assertEquals(Activation.RELU, net.layer(2).activation());
        assertEquals(Activation.SIGMOID, net.layer(3).activation());
    }

    @Test
    void aChangeOfTheMenuSetsEveryLayerAndAChangeOfLayersKeepsEachLayersOwn() {
        Settings mixed = clean("#layers=4,4&act=tanh&acts=elu,silu");
        Settings more = SettingsHash.read("#layers=4,4,2", mixed).settings();
        assertArrayEquals(new Activation[] {Activation.ELU, Activation.SILU, Activation.SILU},
                more.net().activations(), "a new last layer copies the one before it");
        Settings fewer = SettingsHash.read("#layers=4", mixed).settings();
        assertArrayEquals(new Activation[] {Activation.ELU}, fewer.net().activations());
        Settings all = SettingsHash.read("#act=softplus", mixed).settings();
        assertArrayEquals(new Activation[] {Activation.SOFTPLUS, Activation.SOFTPLUS},
                all.net().activations());
        assertFalse(SettingsHash.write(all).contains("acts="));
        Settings other = SettingsHash.read("#lr=0.1", mixed).settings();
        assertArrayEquals(mixed.net().activations(), other.net().activations());
    }

    @Test
    void badPerLayerListsAreNamedAndReplaced() {
        SettingsHash.Result shortList = read("#layers=4,4,4&act=tanh&acts=elu,gelu");
        assertArrayEquals(new Activation[] {Activation.ELU, Activation.GELU, Activation.GELU},
                shortList.settings().net().activations());
        assertEquals(List.of("acts names 2 activations for 3 hidden layers; the last one is "
                + "repeated."), shortList.problems());
        SettingsHash.Result softmax = read("#layers=4,4&act=tanh&acts=elu,softmax");
        assertArrayEquals(new Activation[] {Activation.TANH, Activation.TANH},
                softmax.settings().net().activations());
        assertEquals(1, softmax.problems().size());
        assertTrue(softmax.problems().get(0).startsWith("acts=elu,softmax is not valid"),
                softmax.problems().toString());
    }

    @Test
    void aConstantRateWritesNoScheduleKeys() {
        String hash = SettingsHash.write(Settings.defaults());
        assertFalse(hash.contains("sched"), hash);
        assertEquals(Schedule.constant(), clean(hash).training().schedule());
    }

    @Test
    void schedulesRoundTripWithTheParametersTheirShapeUses() {
        for (String link : List.of("&sched=step&gamma=0.7&period=40",
                "&sched=exponential&gamma=0.99&warmup=10",
                "&sched=cosine&period=500&floor=0.001",
                "&sched=constant&warmup=25")) {
            Settings s = clean("#lr=0.1" + link);
            String hash = SettingsHash.write(s);
            assertTrue(hash.contains("&lr=0.1" + link + "&"), hash);
            assertEquals(s, clean(hash));
        }
        Schedule step = clean("#sched=step").training().schedule();
        assertEquals(Settings.scheduleFor(Schedule.Kind.STEP), step);
        Schedule cos = clean("#sched=cosine&period=80").training().schedule();
        assertEquals(Schedule.cosine(80, 0), cos);
    }

    @Test
    void theParametersEachShapeListsAreThoseItsLinkWrites() {
        for (Schedule.Kind kind : Schedule.Kind.values()) {
            Schedule s = Schedule.defaultFor(kind).withWarmup(5);
            Settings base = Settings.defaults();
            Settings.Training t = base.training();
            Settings with = new Settings(base.data(), base.net(), new Settings.Training(
                    t.learningRate(), t.batchSize(), t.optimizer(), t.penalty(),
                    t.penaltyRate(), t.clipNorm(), s), base.view());
            java.util.List<String> keys = new java.util.ArrayList<>(
                    scratchnet.format.HashCodec.pairs(SettingsHash.write(with)).keySet());
            int at = keys.indexOf("sched");
            assertEquals(List.of(SettingsHash.scheduleParams(kind)),
                    keys.subList(at + 1, at + 1 + SettingsHash.scheduleParams(kind).length));
            assertEquals(s, clean(SettingsHash.write(with)).training().schedule());
        }
    }

    @Test
    void badScheduleValuesAreNamedAndReplaced() {
        SettingsHash.Result r = read("#sched=linear&gamma=2&period=0");
        assertEquals(Schedule.constant(), r.settings().training().schedule());
        assertEquals(3, r.problems().size(), r.problems().toString());
        SettingsHash.Result floor = read("#lr=0.01&sched=cosine&floor=0.5");
        assertEquals(0.01, floor.settings().training().schedule().floor());
        assertEquals(List.of("The cosine schedule's floor 0.5 is above the rate 0.01; the "
                + "floor is set to the rate."), floor.problems());
    }
}
