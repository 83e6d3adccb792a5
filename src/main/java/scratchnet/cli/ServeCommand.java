package scratchnet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code serve [--port N] [--dir D]}: serves the playground on http://127.0.0.1:N until
 * interrupted. Loopback only: the playground is for the person at this machine. Without
 * {@code --dir} it serves the copy of the site that the build packs into the jar, so it works
 * from any folder; the headers are netlify.toml's, also packed into the jar.
 */
final class ServeCommand implements Command {
    static final String HELP = String.join("\n",
            "usage: scratchnet serve [--port N] [--dir D]",
            "",
            "Serves the playground on http://127.0.0.1:N (this machine only) until Ctrl+C,",
            "with the same response headers as production (netlify.toml's [[headers]]).",
            "",
            "  --port N            port, 0 to 65535; 0 picks a free one (default 8080)",
            "  --dir D             serve the site in folder D, e.g. target/site (default: the",
            "                      site built into this jar)",
            "  --help              this text",
            "");

    /** Where the build puts the site inside the jar (and under target/classes). */
    static final String SITE_RESOURCE = "/site/index.html";
    private static final int DEFAULT_PORT = 8080;

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
        Flags f = Flags.parse("serve", args, new String[] {"port", "dir"}, new String[0]);
        if (f.has("help")) {
            out.print(HELP);
            return 0;
        }
        int port = parsePort(f.value("port", Integer.toString(DEFAULT_PORT)));
        Path dir;
        if (f.value("dir") != null) {
            dir = Path.of(f.value("dir"));
            if (!Files.isRegularFile(dir.resolve("index.html"))) {
                throw new UsageException("no index.html in " + dir.toAbsolutePath()
                        + "; build the site first with ./build.sh (or mvn -B package)");
            }
        } else {
            dir = builtInSite();
            if (dir == null) {
                throw new UsageException("this build carries no site; build it with ./build.sh"
                        + " (or mvn -B package), or name a folder with --dir");
            }
        }
        try (StaticServer server = StaticServer.start(dir, port)) {
            out.println("ScratchNet playground: " + server.url());
            if (dir.getFileSystem() == FileSystems.getDefault()) {
                out.println("(the page also works opened straight from "
                        + dir.toAbsolutePath().resolve("index.html").normalize() + ")");
            }
            out.println("Press Ctrl+C to stop.");
            out.flush();
            Thread.currentThread().join();
        }
        return 0;
    }

    /**
     * The folder of the site packed with this program: {@code /site} inside the jar, or
     * {@code target/classes/site} when run from the build's classes; null if there is none.
     */
    static Path builtInSite() throws IOException {
        URL index = ServeCommand.class.getResource(SITE_RESOURCE);
        if (index == null) {
            return null;
        }
        try {
            URI uri = index.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // opened before: Path.of finds it
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the built-in site at " + index, e);
        }
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
