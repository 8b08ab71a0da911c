package org.relsync.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Monitor;
import org.relsync.db.DatabaseKinds;
import org.relsync.model.io.ProjectFileException;
import org.relsync.model.io.ProjectFiles;
import org.relsync.sync.ProjectSync;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.SyncResult;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.report.Problem.Severity;
import org.relsync.sync.report.ReportWriter;

/** {@code relsync sync <project> [--task NAME]... [--dry-run] [--no-backup] [--backup-folder DIR] [--report text|json] [-o FILE]}. */
final class SyncCommand implements Command {

    private final CatalogSource catalogSource;

    SyncCommand(CatalogSource catalogSource) {
        this.catalogSource = catalogSource;
    }

    @Override
    public String name() {
        return "sync";
    }

    @Override
    public String synopsis() {
        return "sync <file> [--task NAME]... [--dry-run] [--no-backup] [--backup-folder DIR] [--report text|json] [-o FILE]";
    }

    @Override
    public String summary() {
        return "run the enabled sync tasks (or the named ones), back up first, save, print the change report "
                + "(exit 1 when errors remain)";
    }

    @Override
    public ExitCode run(List<String> args, CliContext cli) {
        PrintStream out = cli.out();
        Arguments a = Arguments.parse(name(), args, Set.of("--task", "--report", "-o", "--backup-folder"), Set.of("--dry-run", "--no-backup"))
                .atMost(1);
        Path file = cli.path(a.positional(0, "project file"));
        String format = a.option("--report").orElse("text");
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException(name() + ": --report is text or json, not '" + format + "'");
        }
        String outputName = a.option("-o").orElse(null);
        Path output = outputName == null ? null : cli.path(outputName);
        if (output != null && (output.toAbsolutePath().getParent() == null || !Files.isDirectory(output.toAbsolutePath().getParent()))) {
            throw new UsageException(name() + ": -o " + outputName + ": the folder does not exist");
        }
        if (output != null && output.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            throw new UsageException(name() + ": -o " + outputName + ": that is the project file; the report would replace it");
        }
        Monitor progress = TerminalProgress.of(cli);
        SyncOptions.Builder options = SyncOptions.builder().dryRun(a.has("--dry-run")).backup(!a.has("--no-backup"))
                .monitor(progress);
        a.options("--task").forEach(options::task);
        SyncOptions syncOptions = options.build();

        SyncEngine engine = SyncEngine.builder().catalogSource(catalogSource).dialects(DatabaseKinds.dialects()).build();
        SyncResult result;
        try {
            result = new ProjectSync(engine, Clock.systemUTC(), backupFolder(a, name(), cli)).sync(file, syncOptions);
        } finally {
            progress.done();
        }
        String report = format.equals("json") ? ReportWriter.json(result.report()) : ReportWriter.text(result.report());
        if (output != null) {
            try {
                ProjectFiles.writeAtomically(output, report.getBytes(StandardCharsets.UTF_8));
            } catch (ProjectFileException e) {
                throw new UsageException(name() + ": the sync ran" + (syncOptions.dryRun() ? "" : " and the project was saved")
                        + ", but the report could not be written: " + e.getMessage());
            }
            out.println(ReportWriter.summary(result.report()) + " Report written to " + outputName);
        } else {
            out.print(report);
        }
        return result.report().count(Severity.ERROR) > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
    }

    /** {@code --backup-folder DIR}: the user's own backup folder, anywhere (a project's setting must stay in its folder). */
    static Path backupFolder(Arguments a, String command, CliContext cli) {
        String given = a.option("--backup-folder").orElse(null);
        Path folder = given == null ? null : cli.path(given);
        if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UsageException(command + ": --backup-folder " + given + " is a file, not a folder");
        }
        return folder;
    }
}
