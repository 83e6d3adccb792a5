package scratchnet.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of {@code java -jar scratchnet.jar}. */
interface Command {
    /** The word that selects this command on the command line. */
    String name();

    /** One line for {@code --help}. */
    String summary();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command's name
     * @param out where normal output goes
     * @return the process exit code (0 for success)
     * @throws UsageException when the arguments are wrong; Main prints its message, exits 2
     */
    int run(List<String> args, PrintStream out) throws Exception;

    /**
     * Runs the command with a stream for warnings; by default warnings have nowhere to go
     * and this is {@link #run(List, PrintStream)}.
     *
     * @param err where warnings go (errors are thrown, for Main to print)
     */
    default int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        return run(args, out);
    }
}
