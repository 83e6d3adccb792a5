package scratchnet.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.math.Rng;

/**
 * The steady-state training step allocates nothing, measured with HotSpot's per-thread
 * allocation counter. The window (steps 1030..2029) avoids the history's doubling at 1024 and
 * 2048, its only allocation; it spans 20 epoch ends with their shuffles and evaluations.
 */
class AllocationTest {
    @Test
    void aThousandStepsAllocateLessThanAFewKilobytes() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean,
                "needs HotSpot's allocation counter");
        com.sun.management.ThreadMXBean hotspot = (com.sun.management.ThreadMXBean) bean;
        Sets train = Sets.spiral(500, 0.1, new Rng(1));
        Sets test = Sets.spiral(100, 0.1, new Rng(2));
        NetSpec netSpec = new NetSpec(new int[] {2, 8, 8, 1}, Activation.TANH, Activation.TANH,
                Loss.MSE, Init.LECUN, 0.01, 0.1);
        TrainSpec spec = TrainSpec.of(0.03, 10).withOptimizer(OptimizerKind.ADAM)
                .withClipNorm(1).withPatience(1000).withSchedule(Schedule.exponential(0.999));
        Trainer t = new Trainer(Network.build(netSpec, new Rng(3)), spec, train.x, train.y,
                test.x, test.y);
        t.steps(1030);
        long thread = Thread.currentThread().getId();
        long before = hotspot.getThreadAllocatedBytes(thread);
        t.steps(1000);
        long after = hotspot.getThreadAllocatedBytes(thread);
        assertTrue(after - before < 4096, "allocated " + (after - before) + " bytes");
    }
}
