package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.data.TwoD;
import scratchnet.engine.Activation;
import scratchnet.engine.Loss;

class SettingsHashTest {
    @Test
    void defaultsRoundTripThroughTheirHash() {
        Settings d = Settings.defaults();
        SettingsHash.Result r = SettingsHash.read(SettingsHash.write(d));
        assertEquals(d, r.settings());
        assertEquals(SettingsHash.write(d), SettingsHash.write(r.settings()));
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    @Test
    void everyNonDefaultValueRoundTrips() {
        String hash = "#data=spiral-k&k=5&noise=25&train=70&dseed=9&f=x1,x2,sinx1"
                + "&layers=8,8,3&act=relu&loss=softmax-ce&out=softmax&init=he&lr=0.1&batch=30"
                + "&opt=adam&reg=l2&rate=0.01&dropout=0.2&clip=1&seed=77&bn=0&prec=float64"
                + "&twin=0&test=1&discrete=1"
                + "&ylog=1";
        SettingsHash.Result r = SettingsHash.read(hash);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertEquals(hash, SettingsHash.write(r.settings()));
    }

    @Test
    void batchNormAndPrecisionRoundTrip() {
        String hash = "#data=circle&noise=0&train=50&dseed=1&f=x1,x2&layers=4,2&act=tanh"
                + "&loss=bce&out=sigmoid&init=lecun&lr=0.03&batch=10&opt=sgd&reg=none"
                + "&rate=0.001&dropout=0&clip=0&seed=1&bn=1&prec=float32&twin=1&test=0"
                + "&discrete=0&ylog=0";
        SettingsHash.Result r = SettingsHash.read(hash);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertTrue(r.settings().net().batchNorm());
        assertEquals(scratchnet.engine.Precision.FLOAT32, r.settings().net().precision());
        assertEquals(hash, SettingsHash.write(r.settings()));
        String off = SettingsHash.write(Settings.defaults());
        assertTrue(off.contains("&bn=0&prec=float64&"), off);
        assertEquals(off, SettingsHash.write(SettingsHash.read("").settings()));
        SettingsHash.Result bad = SettingsHash.read("#prec=float16");
        assertEquals(scratchnet.engine.Precision.FLOAT64, bad.settings().net().precision());
        assertEquals(1, bad.problems().size(), bad.problems().toString());
    }

    @Test
    void anEmptyHashGivesPlaygroundDefaults() {
        Settings s = SettingsHash.read("").settings();
        assertEquals(TwoD.CIRCLE, s.data().kind());
        assertEquals(Activation.TANH, s.net().activation());
        assertEquals(0.03, s.training().learningRate());
    }

    @Test
    void deliveryStartsFromTheTutorialsNetwork() {
        Settings s = SettingsHash.read("#data=delivery").settings();
        assertTrue(s.delivery());
        assertEquals(Activation.RELU, s.net().activation());
        assertEquals(16, s.net().layers()[0]);
        assertEquals(80, s.data().trainPercent());
    }

    @Test
    void aLossThatDoesNotSuitTheTaskIsReplacedAndReported() {
        SettingsHash.Result r = SettingsHash.read("#data=plane&loss=bce");
        assertEquals(Loss.MSE, r.settings().net().loss());
        assertEquals(1, r.problems().size(), r.problems().toString());
    }

    @Test
    void tooManyUnitsFor2dDataAreCappedAndReported() {
        SettingsHash.Result r = SettingsHash.read("#layers=40");
        assertEquals(8, r.settings().net().layers()[0]);
        assertEquals(1, r.problems().size());
    }

    @Test
    void aPartialHashKeepsTheOtherSettings() {
        Settings base = SettingsHash.read("#lr=0.3&layers=5").settings();
        Settings s = SettingsHash.read("#noise=10", base).settings();
        assertEquals(0.3, s.training().learningRate());
        assertEquals(10, s.data().noise());
        assertEquals(5, s.net().layers()[0]);
    }

    @Test
    void switchingToAClassificationKindWithMoreClassesChangesTheLoss() {
        Settings s = SettingsHash.read("#data=blobs", Settings.defaults()).settings();
        assertEquals(Loss.SOFTMAX_CE, s.net().loss());
        assertEquals(Activation.SOFTMAX, s.net().output());
    }
}
