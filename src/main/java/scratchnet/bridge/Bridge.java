package scratchnet.bridge;

import org.teavm.jso.JSExport;
import scratchnet.math.Fn;
import scratchnet.math.Rng;

public final class Bridge {
    private Bridge() {
    }

    public static void main(String[] args) {
    }

    @JSExport
    public static String probe() {
        Rng rng = new Rng(42);
        double s = 0;
        for (int i = 0; i < 1000; i++) {
            s += Fn.tanh(rng.nextGaussian());
        }
        return Double.toString(s);
    }

    @JSExport
    public static double[] values(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i * 0.5;
        }
        return v;
    }

    @JSExport
    public static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
