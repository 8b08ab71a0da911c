package org.relsync.app.cli;

import java.util.Arrays;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How {@code relsync} shows its commands: the usage message of each command and action (its
 * synopsis as written in its annotation, what it does, its arguments and options), and the one
 * line that says what is wrong with a command line.
 */
final class Usage {

    private Usage() {
    }

    /**
     * Sets how {@code relsync} and every command and action below it parse and show themselves.
     * An argument that starts with {@code @} is an argument like any other (an entity, a file), never
     * a file of arguments to read.
     */
    static void configure(CommandLine relsync) {
        relsync.setExpandAtFiles(false);
        relsync.setUsageHelpWidth(100);
        relsync.setUsageHelpLongOptionsMaxWidth(30);
        layout(relsync);
    }

    /** Each command and action: the layout of its usage message, and {@code -h, --help} to show it. */
    private static void layout(CommandLine line) {
        line.getCommandSpec().usageMessage().synopsisHeading("usage: relsync ").parameterListHeading("%nArguments:%n")
                .optionListHeading("%nOptions:%n").commandListHeading("%nActions:%n");
        line.getCommandSpec().addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help").build());
        line.getSubcommands().values().forEach(Usage::layout);
    }

    /** What follows {@code relsync} in the command's synopsis. */
    static String synopsis(CommandLine command) {
        return String.join(" ", command.getCommandSpec().usageMessage().customSynopsis());
    }

    /** The command's description, on one line. */
    static String summary(CommandLine command) {
        return String.join(" ", command.getCommandSpec().usageMessage().description());
    }

    /** The one line (after {@code relsync: }) that says what is wrong with {@code args}, the arguments of {@code command}. */
    static String error(String command, ParameterException e, List<String> args) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            if (unmatched.isUnknownOption()) {
                return command + ": unknown option " + (first.indexOf('=') > 0 ? first.substring(0, first.indexOf('=')) : first);
            }
            var actions = e.getCommandLine().getSubcommands().keySet();
            if (!actions.isEmpty()) {
                return command + ": unknown action '" + first + "' (" + String.join(", ", actions) + ")";
            }
            return command + ": unexpected argument " + first;
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec arg = missing.getMissing().get(0);
            if (arg instanceof OptionSpec option) {
                return Arrays.asList(option.names()).stream().anyMatch(args::contains)
                        ? command + ": option " + option.longestName() + " needs a value"
                        : command + ": " + option.longestName() + " " + option.paramLabel() + " is required";
            }
            return command + ": missing " + arg.paramLabel();
        }
        if (e instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() instanceof OptionSpec option) {
            return command + ": option " + option.longestName() + " given more than once";
        }
        String message = e.getMessage();
        return command + ": " + Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
