package org.relsync.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.relsync.db.Connections;
import org.relsync.db.ddl.DdlApplier;
import org.relsync.db.ddl.DdlScript;
import org.relsync.db.ddl.DdlService;
import org.relsync.model.io.ProjectFileException;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.io.ProjectLock;
import org.relsync.model.project.Project;
import org.relsync.model.project.ProjectSettings;
import org.relsync.model.relational.Database;
import org.relsync.sync.Backup;
import org.relsync.sync.catalog.CatalogException;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.report.Problem.Severity;
import org.relsync.sync.validation.Validation;

/**
 * {@code relsync ddl <project> --db ID (--create | --update) [-o FILE] [--apply] [--allow-destructive]
 * [--force] [--no-backup]}: writes the DDL script of a database's Model and Mixed schemas, and
 * with {@code --apply} runs it, then purges what was marked for deletion and records the baseline.
 * <p>
 * Refuses (exit 1, nothing written) while the model has validation errors unless {@code --force},
 * and refuses to apply statements that can lose data unless {@code --allow-destructive}. A failed
 * apply leaves the project file as it was (exit 3).
 */
final class DdlCommand implements Command {

    private final DdlService service;

    DdlCommand(CatalogSource catalogSource) {
        this.service = new DdlService(Connections.fromEnvironment(), catalogSource);
    }

    @Override
    public String name() {
        return "ddl";
    }

    @Override
    public String synopsis() {
        return "ddl <file> --db ID (--create | --update) [-o FILE] [--apply] [--allow-destructive] [--force] [--no-backup] "
                + "[--backup-folder DIR]";
    }

    @Override
    public String summary() {
        return "write the create or update script of a database's Model and Mixed schemas; --apply runs it, then purges "
                + "what was marked for deletion and saves";
    }

    @Override
    public ExitCode run(List<String> args, PrintStream out) {
        Arguments a = Arguments.parse(name(), args, Set.of("--db", "-o", "--backup-folder"),
                Set.of("--create", "--update", "--apply", "--allow-destructive", "--force", "--no-backup")).atMost(1);
        Path file = Path.of(a.positional(0, "project file"));
        String id = a.option("--db").orElseThrow(() -> new UsageException(name() + ": --db ID is required"));
        if (a.has("--create") == a.has("--update")) {
            throw new UsageException(name() + ": say --create (the full script) or --update (the changes), one of them");
        }
        Path output = a.option("-o").map(Path::of).orElse(null);
        if (output != null && (output.toAbsolutePath().getParent() == null || !Files.isDirectory(output.toAbsolutePath().getParent()))) {
            throw new UsageException(name() + ": -o " + output + ": the folder does not exist");
        }
        if (output != null && output.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            throw new UsageException(name() + ": -o " + output + ": that is the project file; the script would replace it");
        }
        Path backupFolder = SyncCommand.backupFolder(a, name());
        if (!a.has("--apply")) {
            return run(a, file, id, output, backupFolder, out);
        }
        try (ProjectLock lock = ProjectLock.acquire(file)) { // an apply changes the project: no other writer meanwhile
            return run(a, file, id, output, backupFolder, out);
        }
    }

    private ExitCode run(Arguments a, Path file, String id, Path output, Path backupFolder, PrintStream out) {
        Project project = ProjectFiles.load(file);
        Database database = DdlService.database(project, id);
        if (!a.has("--force")) {
            List<Validation.Finding> errors = Validation.validate(project, org.relsync.db.DriverInfo.dialects()).stream()
                    .filter(f -> f.severity() == Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                Validation.Finding first = errors.get(0);
                throw new Refusal(name() + ": the model has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                        + " (first: " + first.toProblem().path() + ": " + first.message()
                        + "); solve them (relsync validate) or add --force");
            }
        }
        DdlScript script = a.has("--create") ? service.create(database) : service.update(database);
        if (output == null) {
            out.print(script.text());
        }
        if (!a.has("--apply")) {
            writeScript(script, output, out, "");
            return ExitCode.OK;
        }
        // a refused or failed apply writes no file: not the project, not the script
        if (!script.destructive().isEmpty() && !a.has("--allow-destructive")) {
            throw new Refusal(name() + ": not applied: " + script.destructive().size() + " statement"
                    + (script.destructive().size() == 1 ? "" : "s") + " can lose data (marked DESTRUCTIVE; first: "
                    + script.destructive().get(0).risk() + "); add --allow-destructive to apply them");
        }
        if (script.computedAgainstBaseline()) {
            throw new CatalogException(id + ": cannot apply: " + script.against());
        }
        ProjectSettings settings = project.getSettings();
        Backup backup = !a.has("--no-backup") && (settings == null || settings.isCreateBackupBeforeSync())
                ? Backup.create(file, settings == null ? null : settings.getBackupFolder(), backupFolder, Clock.systemUTC())
                : null;
        int marked = DdlService.markedCount(database);
        DdlApplier.Outcome outcome;
        try {
            outcome = service.apply(database, script);
        } catch (RuntimeException | Error e) {
            discard(backup);
            throw e;
        }
        if (!outcome.succeeded()) {
            discard(backup);
            throw new CatalogException(id + ": " + outcome.summary() + (outcome.failed() == null ? ""
                    : " [" + outcome.failed().lines().findFirst().orElse("").strip() + "]") + "; the project is unchanged");
        }
        if (backup != null) {
            backup.keep(); // the database has changed: the backup of the project before it stays, whatever follows
        }
        try {
            ProjectFiles.save(project, file);
        } catch (ProjectFileException e) {
            throw new UsageException(name() + ": the script was applied to the database, but " + file
                    + " could not be saved (it is as it was): " + e.getMessage()
                    + "; 'relsync ddl --update' shows what the database now lacks or has in excess");
        }
        writeScript(script, output, out, "the script was applied and the project saved, but ");
        out.println("-- " + outcome.summary() + "; " + marked + (marked == 1 ? " element" : " elements")
                + " marked for deletion purged from the model; baseline recorded; " + file + " saved");
        return ExitCode.OK;
    }

    private static void discard(Backup backup) {
        if (backup != null) {
            backup.discard();
        }
    }

    /** Writes the script to {@code output} atomically, when one was given. */
    private void writeScript(DdlScript script, Path output, PrintStream out, String soFar) {
        if (output == null) {
            return;
        }
        try {
            ProjectFiles.writeAtomically(output, script.text().getBytes(StandardCharsets.UTF_8));
        } catch (ProjectFileException e) {
            throw new UsageException(name() + ": " + soFar + "the script could not be written: " + e.getMessage());
        }
        out.println("-- " + script.statements().size() + " statements written to " + output
                + (script.destructive().isEmpty() ? "" : "; " + script.destructive().size() + " can lose data")
                + (script.notes().isEmpty() ? "" : "; " + script.notes().size() + (script.notes().size() == 1 ? " note" : " notes")
                        + " at its top (what it leaves alone or cannot create)"));
    }
}
