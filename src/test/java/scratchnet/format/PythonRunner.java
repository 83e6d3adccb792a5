package scratchnet.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs exported scripts with a real Python. Several scripts share one interpreter process
 * (each run as {@code __main__} by runpy with its own argv and stdout), so PyTorch is imported
 * once, not once per script.
 */
final class PythonRunner {
    /** Interpreters tried in order: the one on the PATH, then Debian's (python3-numpy etc.). */
    private static final String[] CANDIDATES = {"python3", "/usr/bin/python3"};

    private static final String DRIVER = String.join("\n",
            "import contextlib, runpy, sys",
            "args = sys.argv[1:]",
            "for i in range(0, len(args), 3):",
            "    script, model, out = args[i:i + 3]",
            "    sys.argv = [script, model]",
            "    with open(out, 'w', encoding='utf-8') as f, contextlib.redirect_stdout(f):",
            "        runpy.run_path(script, run_name='__main__')",
            "");

    /** What one script printed and the model file it wrote. */
    record Output(String stdout, String model) {
        /** The last line printed. */
        String lastLine() {
            String[] lines = stdout.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private PythonRunner() {
    }

    /** The first interpreter that imports every module, or null if none does. */
    static String find(String... modules) {
        String imports = "import " + String.join(", ", modules);
        for (String python : CANDIDATES) {
            try {
                Process p = new ProcessBuilder(python, "-c", imports).redirectErrorStream(true)
                        .start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return python;
                }
                p.destroyForcibly();
            } catch (IOException e) {
                // not installed under this name; try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /** Runs every script in one process of {@code python}; fails with Python's message. */
    static List<Output> run(String python, List<String> scripts, Path dir)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python, "-c", DRIVER));
        for (int i = 0; i < scripts.size(); i++) {
            Path script = dir.resolve("run" + i + ".py");
            Files.writeString(script, scripts.get(i), StandardCharsets.UTF_8);
            command.add(script.toString());
            command.add(dir.resolve("model" + i + ".json").toString());
            command.add(dir.resolve("out" + i + ".txt").toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("python did not finish in 10 minutes");
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("python failed (exit " + p.exitValue() + "):\n" + log);
        }
        List<Output> outputs = new ArrayList<>();
        for (int i = 0; i < scripts.size(); i++) {
            outputs.add(new Output(Files.readString(dir.resolve("out" + i + ".txt")),
                    Files.readString(dir.resolve("model" + i + ".json"))));
        }
        return outputs;
    }
}
