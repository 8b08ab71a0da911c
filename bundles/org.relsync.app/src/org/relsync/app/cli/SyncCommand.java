package org.relsync.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

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

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code relsync sync <project> [--task NAME]... [--dry-run] [--no-backup] [--backup-folder DIR] [--report text|json] [-o FILE]}. */
@CommandLine.Command(name = "sync",
        customSynopsis = "sync <file> [--task NAME]... [--dry-run] [--no-backup] [--backup-folder DIR] [--report text|json] [-o FILE]",
        description = "run the enabled sync tasks (or the named ones), back up first, save, print the change report "
                + "(exit 1 when errors remain)")
final class SyncCommand implements Command {

    private final CatalogSource catalogSource;

    @Parameters(paramLabel = "<file>", description = "the project file")
    String file;

    @Option(names = "--task", paramLabel = "NAME", description = "run this task (again for more), enabled or not, instead "
            + "of the enabled ones")
    List<String> tasks = new ArrayList<>();

    @Option(names = "--dry-run", description = "run, report, and write nothing")
    boolean dryRun;

    @Option(names = "--report", paramLabel = "FORMAT", description = "text (the default) or json")
    String format = "text";

    @Mixin
    Backups backups;

    @Mixin
    OutputFile output;

    SyncCommand(CatalogSource catalogSource) {
        this.catalogSource = catalogSource;
    }

    @Override
    public ExitCode run(CliContext cli) {
        Path path = cli.path(file);
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("sync: --report is text or json, not '" + format + "'");
        }
        Path outputFile = output.path(cli, "sync", path, "report");
        Monitor progress = TerminalProgress.of(cli);
        SyncOptions.Builder options = SyncOptions.builder().dryRun(dryRun).backup(!backups.none).monitor(progress);
        tasks.forEach(options::task);
        SyncOptions syncOptions = options.build();

        SyncEngine engine = SyncEngine.builder().catalogSource(catalogSource).dialects(DatabaseKinds.dialects()).build();
        SyncResult result;
        try {
            result = new ProjectSync(engine, Clock.systemUTC(), backups.folder(cli, "sync")).sync(path, syncOptions);
        } finally {
            progress.done();
        }
        String report = format.equals("json") ? ReportWriter.json(result.report()) : ReportWriter.text(result.report());
        if (outputFile != null) {
            try {
                ProjectFiles.writeAtomically(outputFile, report.getBytes(StandardCharsets.UTF_8));
            } catch (ProjectFileException e) {
                throw new UsageException("sync: the sync ran" + (syncOptions.dryRun() ? "" : " and the project was saved")
                        + ", but the report could not be written: " + e.getMessage());
            }
            cli.out().println(ReportWriter.summary(result.report()) + " Report written to " + output.name);
        } else {
            cli.out().print(report);
        }
        return result.report().count(Severity.ERROR) > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
    }
}
