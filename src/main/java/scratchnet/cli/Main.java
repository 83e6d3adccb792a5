package scratchnet.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar scratchnet.jar <command> [args]}: finds the command by name and runs it.
 * A user error (a bad argument, or a file that is malformed, too large or too large for the
 * memory) prints one line to stderr and exits with code 2.
 */
public final class Main {
    /** Every command, in the order --help lists them. To add one, add it here. */
    private static final List<Command> COMMANDS = List.of(
            new DataCommand(),
            new InitCommand(),
            new TrainCommand(),
            new ReproCommand(),
            new BenchCommand(),
            new ServeCommand(),
            new VersionCommand());

    private Main() {
    }

    /** Runs the command named by {@code args[0]} and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")
                || args[0].equals("help")) {
            printHelp(out);
            return args.length == 0 ? 2 : 0;
        }
        Command command = COMMANDS.stream().filter(c -> c.name().equals(args[0])).findFirst()
                .orElse(null);
        if (command == null) {
            err.println("scratchnet: unknown command '" + args[0]
                    + "' (run with --help to list the commands)");
            return 2;
        }
        try {
            return command.run(Arrays.asList(args).subList(1, args.length), out, err);
        } catch (UsageException e) {
            err.println("scratchnet " + command.name() + ": " + e.getMessage());
            return 2;
        } catch (OutOfMemoryError e) {
            // The readers' limits keep inputs far below this on a default heap; a smaller
            // heap can still run out, and that too is about the size of the input.
            err.println("scratchnet " + command.name() + ": not enough memory for this input"
                    + " (" + e.getMessage() + "); use smaller files or give Java more memory,"
                    + " e.g. java -Xmx4g -jar scratchnet.jar ...");
            return 2;
        } catch (Exception e) {
            err.println("scratchnet " + command.name() + ": " + e);
            return 1;
        }
    }

    private static void printHelp(PrintStream out) {
        out.println("ScratchNet " + VersionCommand.version()
                + ": neural networks from scratch, in the browser and on the JVM");
        out.println();
        out.println("usage: java -jar target/scratchnet.jar <command> [options]");
        out.println();
        out.println("commands:");
        for (Command c : COMMANDS) {
            out.printf("  %-10s %s%n", c.name(), c.summary());
        }
    }
}
