package org.relsync.app.cli;

/**
 * A command declined to do what was asked because doing it would be unsafe or premature
 * (validation errors before DDL, statements that can lose data without {@code --allow-destructive}).
 * Exit code 1; nothing was written to the project or the database.
 */
final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    Refusal(String message) {
        super(message);
    }
}
