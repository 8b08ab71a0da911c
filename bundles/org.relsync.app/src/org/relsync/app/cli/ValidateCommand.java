package org.relsync.app.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.relsync.db.DatabaseKinds;
import org.relsync.model.io.ProjectFiles;
import org.relsync.sync.report.Json;
import org.relsync.sync.report.Problem;
import org.relsync.sync.report.Problem.Severity;
import org.relsync.sync.report.ReportWriter;
import org.relsync.sync.validation.Validation;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code relsync validate <project> [--json]}: errors and warnings with their fixes; exit 1 when there are errors. */
@CommandLine.Command(name = "validate", customSynopsis = "validate <file> [--json]",
        description = "list errors and warnings with their element paths and suggested fixes (exit 1 when there are errors)")
final class ValidateCommand implements Command {

    @Parameters(paramLabel = "<file>", description = "the project file")
    String file;

    @Option(names = "--json", description = "print them as JSON")
    boolean json;

    @Override
    public ExitCode run(CliContext cli) {
        PrintStream out = cli.out();
        List<Problem> problems = Validation.validate(ProjectFiles.load(cli.path(file)), DatabaseKinds.dialects()).stream()
                .map(Validation.Finding::toProblem).toList();
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = problems.size() - errors;
        if (json) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("file", file);
            report.put("errors", errors);
            report.put("warnings", warnings);
            report.put("problems", ReportWriter.problemsAsJson(problems));
            out.print(Json.write(report));
        } else {
            for (Problem p : problems) {
                out.println(p.severity().label() + "  " + p.path() + ": " + p.message() + " [" + p.code() + "]");
                p.fixes().forEach(fix -> out.println("    fix: " + fix));
            }
            out.println(file + ": " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                    + (warnings == 1 ? " warning" : " warnings"));
        }
        return errors > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
    }
}
