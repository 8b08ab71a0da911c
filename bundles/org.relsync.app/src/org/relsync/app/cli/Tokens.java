package org.relsync.app.cli;

/** The event stream's token, read from the environment variable an option names; never shown. */
final class Tokens {

    private Tokens() {
    }

    /** The value of {@code variable}; a usage error when it is not set or empty. */
    static String required(CliContext cli, String command, String variable) {
        String token = cli.variable(variable);
        if (token == null || token.isEmpty()) {
            throw new UsageException(command + ": the environment variable " + variable + " named by --token-env is "
                    + (token == null ? "not set" : "empty") + "; it holds the event stream's token");
        }
        return token;
    }
}
