package org.relsync.sync.validation;

import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.relsync.sync.edit.ProjectEditor;

/**
 * A suggested fix of a validation problem: a label for people and the EMF command that makes it,
 * built on demand for the editor (and so the editing domain) that will run it.
 */
public record Fix(String label, Function<ProjectEditor, Command> command) {

    public Fix {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(command, "command");
    }

    /**
     * Advice with no command of its own (the modeler does it, e.g. "add a relationship for it"):
     * its command never executes, so a workbench shows it as guidance only.
     */
    public static Fix advice(String label) {
        return new Fix(label, editor -> org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE);
    }

    public Command commandFor(ProjectEditor editor) {
        return command.apply(editor);
    }
}
