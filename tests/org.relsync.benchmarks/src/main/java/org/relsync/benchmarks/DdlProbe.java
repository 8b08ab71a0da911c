package org.relsync.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.util.Monitor;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.ddl.DdlScript;
import org.relsync.db.ddl.DdlService;
import org.relsync.db.ddl.DdlStatement;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.catalog.SchemaRef;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import liquibase.command.CommandScope;

/**
 * One measured DDL comparison in a JVM of its own, for {@link DdlBenchmark}; writes its
 * {@link Result} to the file named by the first argument.
 * <ul>
 * <li>{@code relsync PROJECT SCRIPT}: loads the project, then times {@code DdlService.update} and
 * the script's text; writes the script to SCRIPT.</li>
 * <li>{@code liquibase TARGET_URL REFERENCE_URL CHANGELOG}: times Liquibase's
 * {@code diff-changelog} (its Java command API, the command the command line runs), which writes
 * CHANGELOG.</li>
 * </ul>
 */
public final class DdlProbe {

    /** What one probe measured; {@code destructive} and {@code notes} are -1 for Liquibase. */
    public record Result(long millis, long cpuMillis, long rssMb, int changes, int destructive, int notes, String detail) {

        void write(Path file) throws Exception {
            Files.writeString(file, String.join("\n", String.valueOf(millis), String.valueOf(cpuMillis), String.valueOf(rssMb),
                    String.valueOf(changes), String.valueOf(destructive), String.valueOf(notes), detail) + "\n");
        }

        static Result read(Path file) throws Exception {
            List<String> lines = Files.readAllLines(file);
            return new Result(Long.parseLong(lines.get(0)), Long.parseLong(lines.get(1)), Long.parseLong(lines.get(2)),
                    Integer.parseInt(lines.get(3)), Integer.parseInt(lines.get(4)), Integer.parseInt(lines.get(5)), lines.get(6));
        }
    }

    private DdlProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Result result = switch (args[1]) {
            case "relsync" -> relsync(Path.of(args[2]), Path.of(args[3]));
            case "liquibase" -> liquibase(args[2], args[3], Path.of(args[4]));
            default -> throw new IllegalArgumentException(args[1]);
        };
        result.write(out);
    }

    private static Result relsync(Path projectFile, Path scriptFile) throws Exception {
        long start = System.nanoTime();
        Project project = ProjectFiles.load(projectFile);
        long loaded = System.nanoTime();
        long cpu = cpuNanos();
        TimedSource source = new TimedSource(new DatabaseCatalogSource(Connections.fromEnvironment()));
        DdlService service = new DdlService(Connections.fromEnvironment(), source);
        Database database = DdlService.database(project, "bench");
        DdlScript script = service.update(database);
        String text = script.text();
        long done = System.nanoTime();
        long cpuMillis = (cpuNanos() - cpu) / 1_000_000;
        Files.writeString(scriptFile, text);
        if (!"the live database".equals(script.against())) {
            throw new IllegalStateException("the script was not computed against the live database: " + script.against());
        }
        Map<DdlStatement.Phase, Integer> phases = new TreeMap<>();
        script.statements().forEach(s -> phases.merge(s.phase(), 1, Integer::sum));
        long millis = (done - loaded) / 1_000_000;
        String detail = String.format("project load %d ms; update %d ms = read B %d ms + the rest (null counts, plan, text) %d ms; "
                + "statements by phase %s", (loaded - start) / 1_000_000, millis, source.millis, millis - source.millis, phases);
        return new Result(millis, cpuMillis, Probe.peakRssMb(), script.statements().size(), script.destructive().size(),
                script.notes().size(), detail);
    }

    private static Result liquibase(String targetUrl, String referenceUrl, Path changelog) throws Exception {
        long start = System.nanoTime();
        long cpu = cpuNanos();
        new CommandScope("diffChangelog") // what the command line's diff-changelog runs
                .addArgumentValue("url", targetUrl).addArgumentValue("username", "postgres")
                .addArgumentValue("referenceUrl", referenceUrl).addArgumentValue("referenceUsername", "postgres")
                .addArgumentValue("changelogFile", changelog.toString()).execute();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (cpuNanos() - cpu) / 1_000_000;
        NodeList changeSets = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(changelog.toFile())
                .getElementsByTagName("changeSet");
        Map<String, Integer> kinds = new TreeMap<>();
        for (int i = 0; i < changeSets.getLength(); i++) {
            for (Node n = changeSets.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    kinds.merge(e.getTagName(), 1, Integer::sum);
                }
            }
        }
        String detail = "changes by kind " + kinds + "; Liquibase " + liquibase.util.LiquibaseUtil.getBuildVersion();
        return new Result(millis, cpuMillis, Probe.peakRssMb(), changeSets.getLength(), -1, -1, detail);
    }

    /** CPU time of the whole process, every thread (JIT and GC included): on a shared machine, steadier than wall time. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The catalog source DdlService reads B through, timed. */
    private static final class TimedSource implements CatalogSource {
        private final CatalogSource source;
        long millis;

        TimedSource(CatalogSource source) {
            this.source = source;
        }

        @Override
        public Database read(Database database, List<SchemaRef> schemas, Monitor monitor) {
            long start = System.nanoTime();
            try {
                return source.read(database, new ArrayList<>(schemas), monitor);
            } finally {
                millis += (System.nanoTime() - start) / 1_000_000;
            }
        }
    }
}
