package org.relsync.app.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one command: positional arguments, options with a value ({@code --name N} or
 * {@code --name=N}) and flags ({@code --json}). Anything not declared is a {@link UsageException}.
 */
public final class Arguments {

    private final String command;
    private final List<String> positional = new ArrayList<>();
    private final Map<String, List<String>> options = new HashMap<>();

    private Arguments(String command) {
        this.command = command;
    }

    /**
     * Parses {@code args} for {@code command}.
     *
     * @param valueOptions options that take a value, with their leading dashes
     * @param flags        options that take no value
     */
    public static Arguments parse(String command, List<String> args, Set<String> valueOptions, Set<String> flags) {
        Arguments parsed = new Arguments(command);
        boolean onlyPositional = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyPositional || !arg.startsWith("-") || arg.equals("-") || isNumber(arg)) {
                parsed.positional.add(arg);
            } else if (arg.equals("--")) {
                onlyPositional = true;
            } else {
                int eq = arg.indexOf('=');
                String name = eq > 0 ? arg.substring(0, eq) : arg;
                if (flags.contains(name)) {
                    if (eq > 0) {
                        throw new UsageException(command + ": option " + name + " takes no value");
                    }
                    parsed.options.computeIfAbsent(name, k -> new ArrayList<>()).add("");
                } else if (valueOptions.contains(name)) {
                    String value;
                    if (eq > 0) {
                        value = arg.substring(eq + 1);
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i);
                    } else {
                        throw new UsageException(command + ": option " + name + " needs a value");
                    }
                    parsed.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else {
                    throw new UsageException(command + ": unknown option " + name);
                }
            }
        }
        return parsed;
    }

    private static boolean isNumber(String arg) {
        return arg.matches("-\\d+");
    }

    public boolean has(String flag) {
        return options.containsKey(flag);
    }

    /** The value of an option given once; given twice is a usage error. */
    public Optional<String> option(String name) {
        List<String> values = options.get(name);
        if (values == null) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw new UsageException(command + ": option " + name + " given more than once");
        }
        return Optional.of(values.get(0));
    }

    /** Every value of a repeatable option, in order. */
    public List<String> options(String name) {
        return List.copyOf(options.getOrDefault(name, List.of()));
    }

    /** The positional arguments. */
    public List<String> positional() {
        return List.copyOf(positional);
    }

    /** The positional argument at {@code index}, which the command needs. */
    public String positional(int index, String what) {
        if (positional.size() <= index) {
            throw new UsageException(command + ": missing " + what);
        }
        return positional.get(index);
    }

    /** Fails when there are more than {@code count} positional arguments. */
    public Arguments atMost(int count) {
        if (positional.size() > count) {
            throw new UsageException(command + ": unexpected argument " + positional.get(count));
        }
        return this;
    }

    /** The one positional argument the command needs; anything more or less is a usage error. */
    public String single(String what) {
        if (positional.isEmpty()) {
            throw new UsageException(command + ": missing " + what);
        }
        if (positional.size() > 1) {
            throw new UsageException(command + ": unexpected argument " + positional.get(1));
        }
        return positional.get(0);
    }
}
