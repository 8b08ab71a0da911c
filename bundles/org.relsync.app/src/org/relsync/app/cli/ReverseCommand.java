package org.relsync.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Monitor;
import org.relsync.db.ProjectReverse;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.Problem.Severity;
import org.relsync.sync.report.ReportWriter;

/**
 * {@code relsync reverse <project> --db ID [--schemas S1,S2]}: reads the database (its sync task),
 * then makes entities, relationships and typed views for what no entity maps yet.
 */
final class ReverseCommand implements Command {

    private final CatalogSource catalogSource;

    ReverseCommand(CatalogSource catalogSource) {
        this.catalogSource = catalogSource;
    }

    @Override
    public String name() {
        return "reverse";
    }

    @Override
    public String synopsis() {
        return "reverse <file> --db ID [--schemas S1,S2]";
    }

    @Override
    public String summary() {
        return "read a database and create mapped entities, relationships and typed views for its unmapped tables and views";
    }

    @Override
    public ExitCode run(List<String> args, CliContext cli) {
        PrintStream out = cli.out();
        Arguments a = Arguments.parse(name(), args, Set.of("--db", "--schemas"), Set.of()).atMost(1);
        Path file = cli.path(a.positional(0, "project file"));
        String id = a.option("--db").orElseThrow(() -> new UsageException(name() + ": --db ID is required"));
        List<String> schemas = a.option("--schemas").map(Edits::list).orElse(List.of());
        Monitor progress = TerminalProgress.of(cli);
        ChangeReport report;
        try {
            report = new ProjectReverse(catalogSource).reverse(file, id, schemas, progress);
        } finally {
            progress.done();
        }
        out.print(ReportWriter.text(report));
        return report.count(Severity.ERROR) > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
    }
}
