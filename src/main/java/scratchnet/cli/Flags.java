package scratchnet.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of one command: {@code --name value} or {@code --name=value} for options that
 * take a value, {@code --name} alone for switches. Every option may appear once; anything
 * else (unknown options, stray words, a missing value) is a {@link UsageException}.
 */
final class Flags {
    private final String command;
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> switches = new HashSet<>();

    private Flags(String command) {
        this.command = command;
    }

    /**
     * Parses {@code args} for {@code command}.
     *
     * @param valued options that take a value, without the leading dashes
     * @param switchNames options that take none ({@code help} is always accepted)
     */
    static Flags parse(String command, List<String> args, String[] valued, String[] switchNames)
            throws UsageException {
        Flags f = new Flags(command);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-h")) {
                arg = "--help";
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw f.error("unexpected argument '" + arg + "'; options start with --");
            }
            int eq = arg.indexOf('=');
            String name = arg.substring(2, eq < 0 ? arg.length() : eq);
            if (f.values.containsKey(name) || f.switches.contains(name)) {
                throw f.error("--" + name + " is given twice; give it once");
            }
            if (contains(valued, name)) {
                String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    value = args.get(++i);
                } else {
                    throw f.error("--" + name + " needs a value");
                }
                f.values.put(name, value);
            } else if (contains(switchNames, name) || name.equals("help")) {
                if (eq >= 0) {
                    throw f.error("--" + name + " takes no value");
                }
                f.switches.add(name);
            } else {
                throw f.error("unknown option --" + name);
            }
        }
        return f;
    }

    private static boolean contains(String[] names, String name) {
        for (String n : names) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A usage error mentioning the command and where to read its help. */
    UsageException error(String message) {
        return new UsageException(message + " (see: scratchnet " + command + " --help)");
    }

    /** Whether the switch {@code name} was given. */
    boolean has(String name) {
        return switches.contains(name) || values.containsKey(name);
    }

    /** The value of {@code name}, or null. */
    String value(String name) {
        return values.get(name);
    }

    /** The value of {@code name}, or {@code fallback} when absent. */
    String value(String name, String fallback) {
        String v = values.get(name);
        return v == null ? fallback : v;
    }

    /**
     * {@code found}, the lookup of option {@code name}'s value, or a usage error listing
     * {@code choices} when the lookup failed (was null).
     */
    <T> T choice(String name, String value, T found, String choices) throws UsageException {
        if (found == null) {
            throw error("--" + name + " '" + value + "' is not one of " + choices);
        }
        return found;
    }

    /** The value of a required option. */
    String required(String name, String example) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            throw error("missing --" + name + " " + example);
        }
        return v;
    }

    /** A whole number option in [min, max], or {@code fallback} when absent. */
    long integer(String name, long fallback, long min, long max) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw error("--" + name + " must be a whole number, not '" + v + "'");
        }
        if (n < min || n > max) {
            throw error("--" + name + " must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }

    /** A finite number option greater than zero, or {@code fallback} when absent. */
    double positive(String name, double fallback) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        double d;
        try {
            d = Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw error("--" + name + " must be a number, not '" + v + "'");
        }
        if (!(d > 0) || Double.isInfinite(d)) {
            throw error("--" + name + " must be a finite number > 0, not " + v);
        }
        return d;
    }
}
