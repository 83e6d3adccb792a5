package scratchnet.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code serve [--port N] [--dir D]}: serves the built site on http://127.0.0.1:N until
 * interrupted. Loopback only: the playground is for the person at this machine.
 */
final class ServeCommand implements Command {
    private static final int DEFAULT_PORT = 8080;
    private static final String DEFAULT_DIR = "target/site";

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "serve the playground on http://127.0.0.1:8080 (--port N, --dir D)";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        int port = DEFAULT_PORT;
        Path dir = Path.of(DEFAULT_DIR);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals("--port") || arg.equals("--dir")) && i + 1 == args.size()) {
                throw new UsageException(arg + " needs a value");
            }
            if (arg.equals("--port")) {
                port = parsePort(args.get(++i));
            } else if (arg.equals("--dir")) {
                dir = Path.of(args.get(++i));
            } else {
                throw new UsageException("unknown option '" + arg + "' (use --port N, --dir D)");
            }
        }
        if (!Files.isRegularFile(dir.resolve("index.html"))) {
            throw new UsageException("no index.html in " + dir.toAbsolutePath()
                    + "; build the site first with: mvn -B package");
        }
        StaticServer server = StaticServer.start(dir, port);
        out.println("ScratchNet playground: " + server.url());
        out.println("(the page also works opened straight from "
                + dir.toAbsolutePath().resolve("index.html").normalize() + ")");
        out.println("Press Ctrl+C to stop.");
        out.flush();
        Thread.currentThread().join();
        return 0;
    }

    private static int parsePort(String text) throws UsageException {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--port must be a number from 0 to 65535, got '" + text + "'");
    }
}
