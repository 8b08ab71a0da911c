package org.relsync.sync.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.relsync.sync.report.Problem.Severity;

/**
 * Everything a sync run did and found: changes grouped by scope (schema, entity model, mappings),
 * warnings and errors with their element paths. Built while the run goes; read afterwards.
 */
public final class ChangeReport {

    private final String project;
    private final List<String> tasks = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Long> phaseMillis = new LinkedHashMap<>();
    private boolean dryRun;

    public ChangeReport(String project) {
        this.project = Objects.requireNonNullElse(project, "");
    }

    public String project() {
        return project;
    }

    public List<String> tasks() {
        return Collections.unmodifiableList(tasks);
    }

    public void addTask(String task) {
        tasks.add(task);
    }

    public boolean dryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public void add(Change change) {
        changes.add(Objects.requireNonNull(change, "change"));
    }

    public void change(ChangeKind kind, String scope, String elementKind, String path, String detail) {
        add(new Change(kind, scope, elementKind, path, detail));
    }

    public void add(Problem problem) {
        problems.add(Objects.requireNonNull(problem, "problem"));
    }

    public void warning(String code, String path, String message, List<String> fixes) {
        add(new Problem(Severity.WARNING, code, path, message, fixes));
    }

    public void error(String code, String path, String message, List<String> fixes) {
        add(new Problem(Severity.ERROR, code, path, message, fixes));
    }

    public void recordPhase(String phase, long millis) {
        phaseMillis.merge(phase, millis, Long::sum);
    }

    public List<Change> changes() {
        return Collections.unmodifiableList(changes);
    }

    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }

    public Map<String, Long> phaseMillis() {
        return Collections.unmodifiableMap(phaseMillis);
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    public long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }

    /** The number of changes of each kind, every kind present. */
    public Map<ChangeKind, Integer> counts() {
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            counts.put(kind, 0);
        }
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return counts;
    }

    /** Changes by scope, scopes in the order they first changed. */
    public Map<String, List<Change>> changesByScope() {
        Map<String, List<Change>> byScope = new LinkedHashMap<>();
        for (Change change : changes) {
            byScope.computeIfAbsent(change.scope(), k -> new ArrayList<>()).add(change);
        }
        return byScope;
    }
}
