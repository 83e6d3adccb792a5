package scratchnet.bridge;

import org.teavm.jso.JSExport;
import scratchnet.app.Session;

/**
 * The page's only door into the Java code. Each method is a TeaVM export (a global function in
 * the JavaScript build, an export of the WebAssembly-GC module) that converts nothing beyond
 * primitives, strings and {@code double[]} and delegates to {@link Session}.
 */
public final class Bridge {
    /**
     * The page's session. A static field because TeaVM exports are static functions; it is the
     * one piece of mutable state outside {@code Session} and is replaced only by {@link #start}.
     */
    private static Session session = new Session(1);

    private Bridge() {
    }

    /** TeaVM needs an entry point; the page calls the exports directly. */
    public static void main(String[] args) {
    }

    /** Starts a fresh session from {@code seed}. */
    @JSExport
    public static void start(int seed) {
        session = new Session(seed);
    }

    /** Runs {@code steps} training steps; returns the latest loss. */
    @JSExport
    public static double train(int steps) {
        return session.train(steps);
    }

    /** Training steps taken so far. */
    @JSExport
    public static int steps() {
        return session.steps();
    }

    /** The latest training loss. */
    @JSExport
    public static double loss() {
        return session.loss();
    }

    /** Cells per side of {@link #decisionGrid()}. */
    @JSExport
    public static int gridSize() {
        return Session.GRID;
    }

    /** Half the side of the square the grid and points cover. */
    @JSExport
    public static double extent() {
        return session.extent();
    }

    /** P(class 1) per grid cell, row-major, top row first. */
    @JSExport
    public static double[] decisionGrid() {
        return session.decisionGrid();
    }

    /** The data as (x, y, label) triples. */
    @JSExport
    public static double[] points() {
        return session.points();
    }

    /** All parameters as IEEE-754 bit patterns in hex, for exact cross-runtime comparison. */
    @JSExport
    public static String parameterBits() {
        return session.parameterBits();
    }
}
