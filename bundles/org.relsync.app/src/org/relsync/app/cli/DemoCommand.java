package org.relsync.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.relsync.db.Connections;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.DatabaseSetup;
import org.relsync.db.ProjectReverse;
import org.relsync.diagram.export.DiagramExport;
import org.relsync.diagram.layout.StoredLayout;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.DiagramScope;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.ProjectSync;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.SyncResult;
import org.relsync.sync.catalog.CatalogException;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.edit.ProjectEditor;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.ReportWriter;

import picocli.CommandLine;
import picocli.CommandLine.Parameters;

/**
 * {@code relsync demo [DIR]}: the whole database-first round on the embedded default. Builds an
 * H2 database from {@code examples/shop/shop-h2.sql}, creates a project, adds the database,
 * reverse-engineers it and runs a full sync, printing each report.
 */
@CommandLine.Command(name = "demo", customSynopsis = "demo [DIR]",
        description = "build the sample H2 shop database in DIR (default relsync-demo), create a project, reverse it, sync it")
final class DemoCommand implements Command {

    private static final String SQL = "shop/shop-h2.sql";
    private static final Set<String> OURS = Set.of("shop.mv.db", "shop.trace.db", "shop.relsync", ".relsync",
            "shop.relsync.layout.json", "shop-entities.svg", "shop-tables.svg", "shop-mappings.svg");

    private final CatalogSource catalogSource;
    private final Connections connections;

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "relsync-demo",
            description = "the folder, new or holding an earlier demo's files (default: ${DEFAULT-VALUE})")
    String folder;

    DemoCommand(CatalogSource catalogSource, Connections connections) {
        this.catalogSource = catalogSource;
        this.connections = connections;
    }

    @Override
    public ExitCode run(CliContext cli) {
        PrintStream out = cli.out();
        Path dir = cli.absolutePath(folder);
        Path sql = examples(cli).resolve(SQL);
        prepare(dir);
        Path project = dir.resolve("shop.relsync");
        String url = "jdbc:h2:file:" + dir.resolve("shop") + ";USER=sa";

        out.println("1. Building the H2 database " + dir.resolve("shop.mv.db") + " from " + sql);
        runScript(url, sql);

        out.println("2. Creating the project " + project);
        ProjectFiles.create(project, "Shop");
        Project model = ProjectFiles.load(project);
        ProjectEditor editor = new ProjectEditor(model);
        // database-first naming: tables and columns in H2's upper snake case, entities in Pascal case
        editor.execute(editor.setSetting("naming.tableCaseStyle", "UPPER_SNAKE"));
        editor.execute(editor.setSetting("naming.fieldCaseStyle", "UPPER_SNAKE"));
        Database database = new DatabaseSetup(connections).add(model, new DatabaseSetup.Spec("shop",
                "h2", url, null, null, List.of("PUBLIC", "REPORTING"), SyncSource.DATABASE));
        editor.execute(editor.setSyncSource("shop", "PUBLIC", SyncSource.MIXED));
        ProjectFiles.save(model, project);
        out.println("   database " + database.getName() + ": PUBLIC follows Mixed, REPORTING follows Database");

        out.println("3. Reverse-engineering the database");
        ChangeReport reversed = new ProjectReverse(catalogSource).reverse(model, "shop", List.of());
        ProjectFiles.save(model, project);
        out.println("   " + ReportWriter.summary(reversed));

        out.println("4. Full sync (every task: refresh, migrate, model sync, auto-map)");
        SyncEngine engine = SyncEngine.builder().catalogSource(catalogSource).dialects(DatabaseKinds.dialects()).build();
        SyncResult result = new ProjectSync(engine, Clock.systemUTC()).sync(project, SyncOptions.defaults());
        out.println();
        out.print(ReportWriter.text(result.report()));
        out.println();
        out.println("5. Diagrams of the synced project (layout kept in " + StoredLayout.sidecar(project).getFileName() + ")");
        Project synced = ProjectFiles.load(project);
        for (DiagramKind kind : DiagramKind.values()) {
            String name = kind.name().toLowerCase(java.util.Locale.ROOT);
            Path picture = dir.resolve("shop-" + name + ".svg");
            DiagramExport.write(synced, project, DiagramScope.of(kind), result.report(), DatabaseKinds.dialects(), picture, false);
            out.println("   " + name + ": " + picture);
        }
        out.println();
        out.println("Try: relsync info " + project + "    relsync validate " + project + "    relsync diagram " + project
                + " --kind tables -o tables.png");
        return ExitCode.OK;
    }

    /** The examples folder: given by the relsync script, else found above the working folder. */
    private static Path examples(CliContext cli) {
        String given = System.getProperty("relsync.examples");
        if (given != null && Files.isRegularFile(Path.of(given).resolve(SQL))) {
            return Path.of(given);
        }
        for (Path p = cli.absolutePath(""); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("examples").resolve(SQL))) {
                return p.resolve("examples");
            }
        }
        throw new UsageException("demo: cannot find examples/" + SQL + " (run the demo through the repository's ./relsync)");
    }

    /** Creates {@code dir}, or empties it of a previous demo's files; refuses a folder with anything else in it. */
    private static void prepare(Path dir) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> present = files.toList();
                for (Path p : present) {
                    if (!OURS.contains(p.getFileName().toString())) {
                        throw new UsageException("demo: " + dir + " holds other files (" + p.getFileName()
                                + "); give an empty or new folder");
                    }
                }
                for (Path p : present) {
                    delete(p);
                }
            }
        } catch (IOException e) {
            throw new UsageException("demo: cannot prepare " + dir + ": " + e.getMessage());
        }
    }

    private static void delete(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> children = Files.list(path)) {
                for (Path child : children.toList()) {
                    delete(child);
                }
            }
        }
        Files.delete(path);
    }

    private void runScript(String url, Path sql) {
        Database db = RelationalFactory.eINSTANCE.createDatabase();
        db.setName("shop");
        db.setDriverId("h2");
        db.setUrl(url);
        try (Connection connection = connections.open(db, Connections.Access.CREATE); Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + sql.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new CatalogException("shop: cannot build the demo database: " + Connections.reason(e), e);
        }
    }
}
