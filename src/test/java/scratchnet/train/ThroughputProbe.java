package scratchnet.train;

import java.util.Arrays;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.math.Rng;

/**
 * Training throughput on the JVM, in examples per second: 500 spiral points, a 2-8-8-1 network
 * with tanh hidden and output units, MSE, batch 10, SGD at lr 0.03, 100 epochs (50,000 steps,
 * plus a full-set evaluation at every epoch end). Three warm-up runs, then the median of five.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes scratchnet.train.ThroughputProbe}
 */
public final class ThroughputProbe {
    private static final int POINTS = 500;
    private static final int EPOCHS = 100;

    private ThroughputProbe() {
    }

    public static void main(String[] args) {
        Sets data = Sets.spiral(POINTS, 0.1, new Rng(1));
        for (int i = 0; i < 3; i++) {
            run(data, i);
        }
        double[] rates = new double[5];
        double loss = 0;
        for (int i = 0; i < rates.length; i++) {
            long start = System.nanoTime();
            loss = run(data, 100 + i);
            rates[i] = (double) POINTS * EPOCHS / ((System.nanoTime() - start) * 1e-9);
        }
        Arrays.sort(rates);
        System.out.println("2-8-8-1 tanh/tanh MSE, batch 10, SGD 0.03, 500 points x 100 epochs");
        System.out.println("examples/s: median " + Math.round(rates[2]) + "  (min "
                + Math.round(rates[0]) + ", max " + Math.round(rates[4]) + ")");
        System.out.println("final training loss " + loss);
    }

    private static double run(Sets data, long seed) {
        NetSpec spec = new NetSpec(new int[] {2, 8, 8, 1}, Activation.TANH, Activation.TANH,
                Loss.MSE, Init.XAVIER, 0.01, 0);
        Network net = Network.build(spec, new Rng(seed));
        Trainer t = new Trainer(net, TrainSpec.of(0.03, 10).withSeed(seed), data.x, data.y);
        t.epochs(EPOCHS);
        return t.history().trainLoss(EPOCHS);
    }
}
