package scratchnet.bridge;

import org.teavm.interop.PlatformMarker;
import org.teavm.interop.Platforms;
import org.teavm.jso.JSExport;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import org.teavm.jso.typedarrays.Int32Array;
import scratchnet.bench.Bench;
import scratchnet.bench.GridFrame;
import scratchnet.bench.Workload;

/**
 * The benchmark page's door into the Java code, compiled by its own TeaVM executions (TeaVM
 * exports only the main class's methods) into {@code bench.js} and {@code bench.wasm}. The
 * page times the calls; this class only builds and runs the {@link Bench} workloads.
 */
public final class BenchBridge {
    /** The workload set up last; replaced by {@link #benchSetUp}. */
    private static Workload workload;
    /** Benchmark H's pixels in linear memory (WebAssembly build only); see benchGridPixels. */
    private static IntBuffer linearPixels;

    private BenchBridge() {
    }

    /** TeaVM needs an entry point; the page calls the exports directly. */
    public static void main(String[] args) {
    }

    /** Builds benchmark {@code name} ("A", "B", "C" or "H"), tiny when {@code quick}. */
    @JSExport
    public static void benchSetUp(String name, boolean quick) {
        workload = bench(name).create(quick);
    }

    private static Bench bench(String name) {
        // A loop rather than Bench.valueOf, whose reflection TeaVM's JS target cannot compile.
        for (Bench b : Bench.values()) {
            if (b.name().equals(name)) {
                return b;
            }
        }
        throw new IllegalArgumentException("no benchmark " + name + "; expected A, B, C or H");
    }

    /** Runs the current workload once; returns its result (a loss, an MAE or a checksum). */
    @JSExport
    public static double benchRun() {
        return workload.run();
    }

    /** Training examples per run. */
    @JSExport
    public static double benchExamples() {
        return workload.examples();
    }

    /** Counted floating-point operations per run. */
    @JSExport
    public static double benchFlops() {
        return workload.flops();
    }

    /** Benchmark H: nodes per frame. */
    @JSExport
    public static int benchGridNodes() {
        return ((GridFrame) workload).nodes();
    }

    /** Benchmark H: pixels per side of the output heatmap. */
    @JSExport
    public static int benchGridResolution() {
        return ((GridFrame) workload).resolution();
    }

    /** Benchmark H: pixels per side of each input and hidden node's thumbnail. */
    @JSExport
    public static int benchGridThumbnail() {
        return ((GridFrame) workload).thumbnail();
    }

    /**
     * Benchmark H: every node's picture as packed RGBA ints (0xAABBGGRR), the thumbnails
     * then the output heatmap (see {@link GridFrame#pixels()}). The
     * JavaScript build hands the page the Java array's own Int32Array (no copy). The
     * WebAssembly build's arrays live in the GC heap, out of JavaScript's reach: it copies the
     * pixels into a direct buffer in linear memory (one loop inside WebAssembly) and hands out
     * a view on that. TeaVM's {@code Int32Array.copyFromJavaArray} would instead cross into
     * JavaScript twice per 1,024 ints, which took longer than computing the frame.
     */
    @JSExport
    public static Int32Array benchGridPixels() {
        int[] pixels = ((GridFrame) workload).pixels();
        if (!isWasmGc()) {
            return Int32Array.fromJavaArray(pixels);
        }
        if (linearPixels == null || linearPixels.capacity() != pixels.length) {
            linearPixels = ByteBuffer.allocateDirect(4 * pixels.length)
                    .order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
        }
        linearPixels.clear();
        linearPixels.put(pixels);
        // A fresh view each call: growing the memory detaches views made before.
        return Int32Array.fromJavaBuffer(linearPixels);
    }

    /** True in the WebAssembly-GC build: TeaVM replaces the body for that target. */
    @PlatformMarker(Platforms.WEBASSEMBLY_GC)
    private static boolean isWasmGc() {
        return false;
    }
}
