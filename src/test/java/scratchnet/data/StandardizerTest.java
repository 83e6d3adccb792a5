package scratchnet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.math.Rng;

class StandardizerTest {
    @Test
    void handWorkedColumnUsesPopulationStdPlusEpsilon() {
        Dataset d = new Dataset(new double[] {1, 2, 3, 4}, new double[4], new String[] {"a"},
                "t", Task.REGRESSION, 0);
        Standardizer s = Standardizer.fit(d);
        assertEquals(2.5, s.mean()[0]);
        // population variance of 1..4 is 1.25 (divide by n = 4, not n − 1 = 3)
        assertEquals(Math.sqrt(1.25) + 1e-8, s.std()[0]);
        Dataset z = s.apply(d);
        assertEquals(-1.5 / (Math.sqrt(1.25) + 1e-8), z.feature(0, 0), 1e-15);
        assertEquals(0.5 / (Math.sqrt(1.25) + 1e-8), z.feature(2, 0), 1e-15);
    }

    @Test
    void scaledTrainingFeaturesHaveMeanZeroAndStdOne() {
        Split split = Split.of(Delivery.generate(new Rng(42)), new Rng(42));
        Standardizer s = Standardizer.fit(split.train(), true);
        Dataset train = s.apply(split.train());
        for (int c = 0; c < train.cols(); c++) {
            double[] column = train.column(c);
            double mean = Baseline.mean(column);
            assertEquals(0, mean, 1e-12);
            assertEquals(1, Standardizer.populationStd(column, mean), 1e-7);
        }
        assertEquals(0, Baseline.mean(train.y()), 1e-12);
    }

    @Test
    void fitUsesTrainingRowsOnlySoTheTestMeanIsNotExactlyZero() {
        Split split = Split.of(Delivery.generate(new Rng(42)), new Rng(42));
        Standardizer s = Standardizer.fit(split.train(), true);
        Dataset test = s.apply(split.test());
        double mean = Baseline.mean(test.column(0));
        assertTrue(mean != 0 && Math.abs(mean) < 0.3, "test distance mean " + mean);
        Standardizer all = Standardizer.fit(Delivery.generate(new Rng(42)));
        assertTrue(all.mean()[0] != s.mean()[0]);
    }

    @Test
    void inverseTargetUndoesTheTargetScaling() {
        Dataset train = Delivery.generate(200, new Rng(1));
        Standardizer s = Standardizer.fit(train, true);
        for (double y : new double[] {10, 37.25, 120}) {
            assertEquals(y, s.inverseTarget(s.transformTarget(y)), 1e-12);
        }
        double[] ys = {s.transformTarget(50), 0};
        s.inverseTargets(ys);
        assertEquals(50, ys[0], 1e-12);
        assertEquals(s.targetMean(), ys[1]);
    }

    @Test
    void withoutTargetScalingTargetsAreUntouched() {
        Dataset train = Delivery.generate(200, new Rng(1));
        Standardizer s = Standardizer.fit(train);
        assertArrayEquals(train.y(), s.apply(train).y());
        assertEquals(7.0, s.inverseTarget(7.0));
    }

    @Test
    void constantColumnMapsToZeroInsteadOfDividingByZero() {
        Dataset d = new Dataset(new double[] {3, 3, 3}, new double[3], new String[] {"c"}, "t",
                Task.REGRESSION, 0);
        Dataset z = Standardizer.fit(d).apply(d);
        assertArrayEquals(new double[] {0, 0, 0}, z.x());
    }

    @Test
    void classLabelsCannotBeStandardised() {
        Dataset d = TwoD.CIRCLE.generate(20, 0, new Rng(1));
        assertThrows(IllegalArgumentException.class, () -> Standardizer.fit(d, true));
    }

    @Test
    void transformRowScalesInPlaceLikeApply() {
        Dataset d = Delivery.generate(50, new Rng(2));
        Standardizer s = Standardizer.fit(d);
        double[] row = d.row(7);
        s.transformRow(row, 0);
        assertArrayEquals(s.apply(d).row(7), row);
    }

    @Test
    void identityChangesNothing() {
        Dataset d = Delivery.generate(20, new Rng(3));
        assertArrayEquals(d.x(), Standardizer.identity(4).apply(d).x());
    }
}
