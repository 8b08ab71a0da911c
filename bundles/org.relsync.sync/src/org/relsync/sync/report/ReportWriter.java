package org.relsync.sync.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.relsync.sync.report.Problem.Severity;

/** Prints a {@link ChangeReport} as text for people or as JSON for scripts. */
public final class ReportWriter {

    private ReportWriter() {
    }

    public static String text(ChangeReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Sync of project ").append(report.project()).append(report.dryRun() ? " (dry run: nothing saved)" : "")
                .append('\n');
        out.append("Tasks: ").append(report.tasks().isEmpty() ? "none" : String.join(", ", report.tasks()))
                .append('\n');
        report.changesByScope().forEach((scope, changes) -> {
            out.append('\n').append(scope).append('\n');
            int kindWidth = changes.stream().mapToInt(c -> c.elementKind().length()).max().orElse(0);
            for (Change c : changes) {
                out.append("  ").append(pad(c.kind().label(), 9)).append(pad(c.elementKind(), kindWidth + 2))
                        .append(c.path());
                if (!c.detail().isEmpty()) {
                    out.append("  ").append(c.detail());
                }
                out.append('\n');
            }
        });
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING)) {
            List<Problem> problems = report.problems().stream().filter(p -> p.severity() == severity).toList();
            if (problems.isEmpty()) {
                continue;
            }
            out.append('\n').append(severity == Severity.ERROR ? "Errors" : "Warnings").append('\n');
            for (Problem p : problems) {
                out.append("  ").append(p.path()).append(": ").append(p.message()).append(" [").append(p.code())
                        .append("]\n");
                for (String fix : p.fixes()) {
                    out.append("    fix: ").append(fix).append('\n');
                }
            }
        }
        out.append('\n').append(summary(report)).append('\n');
        return out.toString();
    }

    /** One line: the number of changes of each kind, warnings and errors. */
    public static String summary(ChangeReport report) {
        String problems = plural(report.count(Severity.WARNING), "warning") + ", "
                + plural(report.count(Severity.ERROR), "error") + ".";
        if (!report.hasChanges()) {
            return "No change; " + problems;
        }
        List<String> parts = new ArrayList<>();
        report.counts().forEach((kind, count) -> parts.add(count + " " + kind.label()));
        return "Summary: " + String.join(", ", parts) + "; " + problems;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    public static String json(ChangeReport report) {
        return json(report, problem -> true);
    }

    /**
     * The report as {@link #json(ChangeReport)} writes it, listing only the problems about what it
     * changed: on an element it changed, or on a field of a table it changed, or on the table of a
     * field it changed; the counts stay the project's. A live change's event
     * ({@code relsync watch}) is this: a subscriber hears of the problems a change made, not of the
     * project's whole list again with every change (a 1,000-table project has a thousand orphan
     * warnings, a quarter of a megabyte in each event).
     */
    public static String changeJson(ChangeReport report) {
        Set<String> changed = new HashSet<>();
        for (Change c : report.changes()) {
            changed.add(c.scope() + "/" + c.path());
            changed.add(owner(c.scope() + "/" + c.path()));
        }
        return json(report, p -> changed.contains(p.path()) || changed.contains(owner(p.path())));
    }

    /** A path's table: {@code db/catalog/schema/T} of {@code db/catalog/schema/T.F}; the path itself when it names no field. */
    private static String owner(String path) {
        int dot = path.indexOf('.', path.lastIndexOf('/') + 1);
        return dot < 0 ? path : path.substring(0, dot);
    }

    private static String json(ChangeReport report, Predicate<Problem> listed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("project", report.project());
        json.put("dryRun", report.dryRun());
        json.put("tasks", report.tasks());
        Map<String, Object> counts = new LinkedHashMap<>();
        report.counts().forEach((kind, count) -> counts.put(kind.label(), count));
        counts.put("warnings", report.count(Severity.WARNING));
        counts.put("errors", report.count(Severity.ERROR));
        json.put("counts", counts);
        List<Object> scopes = new ArrayList<>();
        report.changesByScope().forEach((scope, changes) -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("scope", scope);
            List<Object> list = new ArrayList<>();
            for (Change c : changes) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("kind", c.kind().label());
                change.put("element", c.elementKind());
                change.put("path", c.path());
                change.put("detail", c.detail());
                list.add(change);
            }
            item.put("changes", list);
            scopes.add(item);
        });
        json.put("scopes", scopes);
        json.put("problems", problemsAsJson(report.problems().stream().filter(listed).toList()));
        return Json.write(json);
    }

    /** Problems as JSON-ready maps: severity, code, path, message, fixes. */
    public static List<Object> problemsAsJson(List<Problem> problems) {
        List<Object> list = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("severity", p.severity().label());
            item.put("code", p.code());
            item.put("path", p.path());
            item.put("message", p.message());
            item.put("fixes", p.fixes());
            list.add(item);
        }
        return list;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
