package scratchnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scratchnet.app.Session;

/** Data made on the page (a drawing or an upload) trains on the JVM from its exported CSV. */
class OwnDataCliTest {
    @TempDir
    Path dir;

    @Test
    void aDrawingExportedFromThePageTrainsWithTrainData() throws IOException {
        Session page = new Session();
        String drawing = "x1,x2,label\n-3.5,1.25,0\n-2,-4,0\n-4.75,0.5,0\n3.5,1,1\n2.25,-3,1\n"
                + "4,4.5,1\n";
        assertTrue(page.upload().load(drawing, "{\"name\": \"drawing\"}").contains("\"ok\":true"));
        Path data = dir.resolve("drawing.csv");
        Files.writeString(data, page.upload().export());
        Path model = dir.resolve("m.json");
        Path trained = dir.resolve("t.json");
        assertEquals(0, Run.of("init", "--arch", "2,4,1", "--loss", "bce", "--out",
                model.toString()).code());
        Run train = Run.of("train", "--model", model.toString(), "--data", data.toString(),
                "--lr", "0.1", "--epochs", "50", "--out", trained.toString());
        assertEquals(0, train.code(), train.err());
        assertTrue(train.out().contains("6 rows"), train.out());
    }
}
