package scratchnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scratchnet.data.Dataset;
import scratchnet.data.Delivery;
import scratchnet.data.Task;
import scratchnet.data.TwoD;
import scratchnet.format.DatasetCsv;
import scratchnet.math.Rng;

class DataCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheTutorialsDeliveryTableExactlyAsTheGeneratorDrawsIt() throws IOException {
        Path file = dir.resolve("delivery.csv");
        Run r = Run.of("data", "--kind", "delivery", "--seed", "7", "--out", file.toString());
        assertEquals(0, r.code(), r.err());
        String csv = Files.readString(file);
        assertEquals(DatasetCsv.write(Delivery.generate(new Rng(7))), csv);
        Dataset read = DatasetCsv.read(csv, Task.REGRESSION);
        assertEquals(2000, read.rows());
        assertEquals(4, read.cols());
        assertTrue(r.out().startsWith("wrote " + file + ": 2000 rows of "), r.out());
    }

    @Test
    void writesA2dSetThatTrainReadsBack() throws IOException {
        Path data = dir.resolve("blobs.csv");
        assertEquals(0, Run.of("data", "--kind", "blobs", "--classes", "4", "--n", "80",
                "--noise", "10", "--seed", "3", "--out", data.toString()).code());
        Dataset expected = TwoD.BLOBS_K.generate(80, 10, 4, new Rng(3));
        Dataset read = DatasetCsv.read(Files.readString(data), Task.MULTICLASS, 4);
        assertEquals(expected.rows(), read.rows());
        assertEquals(java.util.Arrays.toString(expected.y()), java.util.Arrays.toString(read.y()));
        Path model = dir.resolve("m.json");
        Path trained = dir.resolve("t.json");
        assertEquals(0, Run.of("init", "--arch", "2,8,4", "--loss", "softmax-ce", "--out",
                model.toString()).code());
        Run train = Run.of("train", "--model", model.toString(), "--data", data.toString(),
                "--lr", "0.1", "--epochs", "5", "--out", trained.toString());
        assertEquals(0, train.code(), train.err());
    }

    @Test
    void unknownKindIsAOneLineUsageError() {
        Run r = Run.of("data", "--kind", "moons", "--out", dir.resolve("x.csv").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("moons") && r.err().contains("delivery")
                && r.err().contains("spiral"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
