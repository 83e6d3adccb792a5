package scratchnet.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of a command through {@link Main}: its exit code and what it printed. */
record Run(int code, String out, String err) {
    static Run of(String command, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = command;
        System.arraycopy(args, 0, all, 1, args.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(all, o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    /** Asserts a user error: exit 2, nothing on stdout, exactly one line on stderr. */
    String userError() {
        org.junit.jupiter.api.Assertions.assertEquals(2, code, "exit code; stderr: " + err);
        org.junit.jupiter.api.Assertions.assertEquals("", out);
        org.junit.jupiter.api.Assertions.assertTrue(err.endsWith("\n")
                && err.indexOf('\n') == err.length() - 1, "one line: " + err);
        return err.trim();
    }
}
