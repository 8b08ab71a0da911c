package org.relsync.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.relsync.model.io.ProjectFiles;
import org.relsync.sync.report.Json;
import org.relsync.sync.report.Problem;
import org.relsync.sync.report.Problem.Severity;
import org.relsync.sync.report.ReportWriter;
import org.relsync.sync.validation.Validation;

/** {@code relsync validate <project> [--json]}: errors and warnings with their fixes; exit 1 when there are errors. */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String synopsis() {
        return "validate <file> [--json]";
    }

    @Override
    public String summary() {
        return "list errors and warnings with their element paths and suggested fixes (exit 1 when there are errors)";
    }

    @Override
    public ExitCode run(List<String> args, CliContext cli) {
        PrintStream out = cli.out();
        Arguments a = Arguments.parse(name(), args, Set.of(), Set.of("--json")).atMost(1);
        String file = a.positional(0, "project file");
        List<Problem> problems = Validation.validate(ProjectFiles.load(cli.path(file)), org.relsync.db.DatabaseKinds.dialects()).stream().map(Validation.Finding::toProblem)
                .toList();
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = problems.size() - errors;
        if (a.has("--json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", file);
            json.put("errors", errors);
            json.put("warnings", warnings);
            json.put("problems", ReportWriter.problemsAsJson(problems));
            out.print(Json.write(json));
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
