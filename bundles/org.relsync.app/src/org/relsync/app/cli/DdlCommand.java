package org.relsync.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

import org.relsync.db.Connections;
import org.relsync.db.ddl.DdlApplier;
import org.relsync.db.ddl.DdlScript;
import org.relsync.db.ddl.DdlService;
import org.relsync.db.ddl.ProjectDdl;
import org.relsync.model.io.ProjectFileException;
import org.relsync.model.io.ProjectFiles;
import org.relsync.sync.catalog.CatalogException;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.validation.Validation;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code relsync ddl <project> --db ID (--create | --update) [-o FILE] [--apply] [--allow-destructive]
 * [--force] [--no-backup]}: writes the DDL script of a database's Model and Mixed schemas, and
 * with {@code --apply} runs it, then purges what was marked for deletion and records the baseline.
 * <p>
 * The policy (validation gating, the destructive refusal, backup, apply, purge, save) is
 * {@link ProjectDdl}'s, which the workbench calls too; this command parses, prints and turns each
 * {@link ProjectDdl.Status} into an exit code: refusals 1 (nothing written), a failed apply 3 (the
 * project file as it was), applied but not saved 6.
 */
@CommandLine.Command(name = "ddl",
        customSynopsis = "ddl <file> --db ID (--create | --update) [-o FILE] [--apply] [--allow-destructive] [--force] "
                + "[--no-backup] [--backup-folder DIR]",
        description = "write the create or update script of a database's Model and Mixed schemas; --apply runs it, then "
                + "purges what was marked for deletion and saves")
final class DdlCommand implements Command {

    private final ProjectDdl ddl;

    @Parameters(paramLabel = "<file>", description = "the project file")
    String file;

    @Option(names = "--db", required = true, paramLabel = "ID", description = "the database")
    String id;

    @Option(names = "--create", description = "the full script, for an empty database")
    boolean create;

    @Option(names = "--update", description = "the changes the database lacks")
    boolean update;

    @Option(names = "--apply", description = "run the script, then purge what was marked for deletion, record the baseline "
            + "and save the project")
    boolean apply;

    @Option(names = "--allow-destructive", description = "apply statements that can lose data too")
    boolean allowDestructive;

    @Option(names = "--force", description = "go ahead although the model has validation errors")
    boolean force;

    @Mixin
    Backups backups;

    @Mixin
    OutputFile output;

    DdlCommand(CatalogSource catalogSource, Connections connections) {
        this.ddl = new ProjectDdl(new DdlService(connections, catalogSource), Clock.systemUTC());
    }

    @Override
    public ExitCode run(CliContext cli) {
        PrintStream out = cli.out();
        if (create == update) {
            throw new UsageException("ddl: say --create (the full script) or --update (the changes), one of them");
        }
        Path path = cli.path(file);
        Path outputFile = output.path(cli, "ddl", path, "script");
        ProjectDdl.Options options = new ProjectDdl.Options(id, create ? DdlScript.Mode.CREATE : DdlScript.Mode.UPDATE,
                apply, allowDestructive, force, !backups.none, backups.folder(cli, "ddl"), TerminalProgress.of(cli));
        ProjectDdl.Result result;
        try {
            result = ddl.run(path, options);
        } finally {
            options.monitor().done();
        }
        DdlScript script = result.script();
        switch (result.status()) {
            case REFUSED_ERRORS -> {
                Validation.Finding first = result.errors().get(0);
                int errors = result.errors().size();
                throw new Refusal("ddl: the model has " + errors + (errors == 1 ? " error" : " errors")
                        + " (first: " + first.toProblem().path() + ": " + first.message()
                        + "); solve them (relsync validate) or add --force");
            }
            case SCRIPT -> {
                printOrWrite(script, outputFile, output.name, out, "");
                return ExitCode.OK;
            }
            case REFUSED_DESTRUCTIVE -> {
                // a refused apply writes no file: not the project, not the script
                if (outputFile == null) {
                    out.print(script.text());
                }
                throw new Refusal("ddl: not applied: " + script.destructive().size() + " statement"
                        + (script.destructive().size() == 1 ? "" : "s") + " can lose data (marked DESTRUCTIVE; first: "
                        + script.destructive().get(0).risk() + "); add --allow-destructive to apply them");
            }
            case APPLY_FAILED -> {
                if (outputFile == null) {
                    out.print(script.text());
                }
                DdlApplier.Outcome outcome = result.applied();
                throw new CatalogException(id + ": " + outcome.summary() + (outcome.failed() == null ? ""
                        : " [" + outcome.failed().lines().findFirst().orElse("").strip() + "]") + "; the project is unchanged");
            }
            case APPLIED_NOT_SAVED -> {
                if (outputFile == null) {
                    out.print(script.text());
                }
                throw new PartlyDone("ddl: the script was applied to the database, but " + file
                        + " could not be saved (it is as it was): " + result.problem().getMessage()
                        + "; 'relsync ddl --update' shows what the database now lacks or has in excess");
            }
            case APPLIED -> {
                printOrWrite(script, outputFile, output.name, out, "the script was applied and the project saved, but ");
                out.println("-- " + result.applied().summary() + "; " + result.purged() + (result.purged() == 1 ? " element" : " elements")
                        + " marked for deletion purged from the model; baseline recorded; " + file + " saved");
                return ExitCode.OK;
            }
            default -> throw new IllegalStateException(result.status().toString());
        }
    }

    private void printOrWrite(DdlScript script, Path output, String outputName, PrintStream out, String soFar) {
        if (output == null) {
            out.print(script.text());
        } else {
            writeScript(script, output, outputName, out, soFar);
        }
    }

    /** Writes the script to {@code output} atomically, when one was given. */
    private void writeScript(DdlScript script, Path output, String outputName, PrintStream out, String soFar) {
        if (output == null) {
            return;
        }
        try {
            ProjectFiles.writeAtomically(output, script.text().getBytes(StandardCharsets.UTF_8));
        } catch (ProjectFileException e) {
            throw new UsageException("ddl: " + soFar + "the script could not be written: " + e.getMessage());
        }
        out.println("-- " + script.statements().size() + " statements written to " + outputName
                + (script.destructive().isEmpty() ? "" : "; " + script.destructive().size() + " can lose data")
                + (script.notes().isEmpty() ? "" : "; " + script.notes().size() + (script.notes().size() == 1 ? " note" : " notes")
                        + " at its top (what it leaves alone or cannot create)"));
    }
}
