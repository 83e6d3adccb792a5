package scratchnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommandAndSucceeds() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("serve"), help);
        assertTrue(help.contains("version"), help);
    }

    @Test
    void versionPrintsOneLine() {
        assertEquals(0, run("version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("scratchnet "));
    }

    @Test
    void unknownCommandIsAOneLineUserErrorWithExitCode2() {
        assertEquals(2, run("frobnicate"));
        assertEquals(1, err().lines().count());
        assertTrue(err().contains("unknown command 'frobnicate'"), err());
    }

    @Test
    void badPortIsAOneLineUserErrorWithExitCode2() {
        assertEquals(2, run("serve", "--port", "http"));
        assertEquals(1, err().lines().count());
        assertTrue(err().contains("--port must be a number"), err());
    }

    @Test
    void servingAFolderWithoutASiteSaysHowToBuildIt() {
        assertEquals(2, run("serve", "--dir", "no/such/folder"));
        assertTrue(err().contains("mvn -B package"), err());
    }

    @Test
    void noArgumentsShowsHelpAndFails() {
        assertEquals(2, run());
    }
}
