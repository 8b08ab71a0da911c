package org.relsync.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.relsync.model.ProjectSummary;
import org.relsync.model.ProjectSummary.SchemaSummary;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.sync.report.Json;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code relsync info <file> [--json]}: what a project holds. */
@CommandLine.Command(name = "info", customSynopsis = "info <file.relsync> [--json]",
        description = "count every kind of element in a project and list its schemas with their sync source")
final class InfoCommand implements Command {

    @Parameters(paramLabel = "<file.relsync>", description = "the project file")
    String file;

    @Option(names = "--json", description = "print it as JSON")
    boolean json;

    @Override
    public ExitCode run(CliContext cli) {
        Project project = ProjectFiles.load(cli.path(file));
        ProjectSummary summary = ProjectSummary.of(project);
        if (json) {
            cli.out().print(Json.write(toJson(file, project, summary)));
        } else {
            printText(file, summary, cli.out());
        }
        return ExitCode.OK;
    }
    private static Map<String, Object> toJson(String file, Project project, ProjectSummary summary) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file);
        json.put("name", summary.name());
        json.put("formatVersion", project.getFormatVersion());
        json.put("counts", summary.counts());
        List<Object> schemas = new ArrayList<>();
        for (SchemaSummary schema : summary.schemas()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("database", schema.database());
            item.put("driver", schema.driverId());
            item.put("catalog", schema.catalog());
            item.put("schema", schema.schema());
            item.put("syncSource", schema.syncSource().getLiteral());
            item.put("tables", schema.tables());
            item.put("views", schema.views());
            item.put("sequences", schema.sequences());
            schemas.add(item);
        }
        json.put("schemas", schemas);
        return json;
    }

    private static void printText(String file, ProjectSummary summary, PrintStream out) {
        out.println("Project " + summary.name() + " (" + file + ")");
        out.println();
        out.println("Elements");
        int width = summary.counts().keySet().stream().mapToInt(String::length).max().orElse(0);
        summary.counts().forEach((kind, count) -> out.printf("  %-" + width + "s %6d%n", kind, count));
        out.println();
        if (summary.schemas().isEmpty()) {
            out.println("Schemas: none (add a database to the project)");
            return;
        }
        out.println("Schemas");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"DATABASE", "DRIVER", "CATALOG", "SCHEMA", "SYNC SOURCE", "TABLES", "VIEWS", "SEQUENCES"});
        for (SchemaSummary s : summary.schemas()) {
            rows.add(new String[] {s.database(), String.valueOf(s.driverId()), String.valueOf(s.catalog()), s.schema(),
                    s.syncSource().getLiteral(), String.valueOf(s.tables()), String.valueOf(s.views()),
                    String.valueOf(s.sequences())});
        }
        TextTable.print(rows, out);
    }
}
