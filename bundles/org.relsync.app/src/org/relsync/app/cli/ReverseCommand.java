package org.relsync.app.cli;

import java.util.List;

import org.eclipse.emf.common.util.Monitor;
import org.relsync.db.ProjectReverse;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.Problem.Severity;
import org.relsync.sync.report.ReportWriter;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code relsync reverse <project> --db ID [--schemas S1,S2]}: reads the database (its sync task),
 * then makes entities, relationships and typed views for what no entity maps yet.
 */
@CommandLine.Command(name = "reverse", customSynopsis = "reverse <file> --db ID [--schemas S1,S2]",
        description = "read a database and create mapped entities, relationships and typed views for its unmapped tables "
                + "and views")
final class ReverseCommand implements Command {

    private final CatalogSource catalogSource;

    @Parameters(paramLabel = "<file>", description = "the project file")
    String file;

    @Option(names = "--db", required = true, paramLabel = "ID", description = "the database to read")
    String id;

    @Option(names = "--schemas", paramLabel = "S1,S2", description = "only these of its schemas (default: all)")
    String schemas;

    ReverseCommand(CatalogSource catalogSource) {
        this.catalogSource = catalogSource;
    }

    @Override
    public ExitCode run(CliContext cli) {
        List<String> schemaNames = schemas == null ? List.of() : Edits.list(schemas);
        Monitor progress = TerminalProgress.of(cli);
        ChangeReport report;
        try {
            report = new ProjectReverse(catalogSource).reverse(cli.path(file), id, schemaNames, progress);
        } finally {
            progress.done();
        }
        cli.out().print(ReportWriter.text(report));
        return report.count(Severity.ERROR) > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
    }
}
