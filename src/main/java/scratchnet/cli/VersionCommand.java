package scratchnet.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code version}: prints the ScratchNet version. */
final class VersionCommand implements Command {
    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return "print the version";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        if (!args.isEmpty()) {
            throw new UsageException("takes no arguments, got '" + args.get(0) + "'");
        }
        out.println("scratchnet " + version());
        return 0;
    }

    /** The jar manifest's Implementation-Version, or "dev" when run from classes. */
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
