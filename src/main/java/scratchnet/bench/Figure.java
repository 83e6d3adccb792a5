package scratchnet.bench;

import java.util.List;

/**
 * One number a benchmark reports, as a row of the results table.
 *
 * @param bench which benchmark (A, B, C, H)
 * @param name what the number is, e.g. "throughput" or "test MAE"
 * @param value the number, in {@code unit}
 * @param unit e.g. "examples/s", "GFLOP/s", "s", "ms"
 */
public record Figure(Bench bench, String name, double value, String unit) {
    /**
     * The figures of {@code bench} from the median time of one run of its workload
     * ({@code result} is that run's {@link Workload#run()} value). Benchmark H reports only
     * its compute half here; the browser adds the time to draw.
     */
    public static List<Figure> of(Bench bench, Workload w, double seconds, double result) {
        switch (bench) {
            case A:
                return List.of(new Figure(bench, "training", w.examples() / seconds,
                        "examples/s"));
            case B:
                return List.of(new Figure(bench, "training", w.examples() / seconds,
                        "examples/s"),
                        new Figure(bench, "arithmetic", w.flops() / seconds * 1e-9, "GFLOP/s"));
            case C:
                return List.of(new Figure(bench, "training", seconds, "s"),
                        new Figure(bench, "test MAE", result, "min"));
            default:
                return List.of(new Figure(bench, "compute", seconds * 1e3, "ms"));
        }
    }
}
