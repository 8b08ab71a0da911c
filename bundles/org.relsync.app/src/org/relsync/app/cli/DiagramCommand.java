package org.relsync.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.relsync.db.DatabaseKinds;
import org.relsync.diagram.export.DiagramExport;
import org.relsync.diagram.export.ReportReader;
import org.relsync.diagram.layout.StoredLayout;
import org.relsync.diagram.scene.ColumnDetail;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.DiagramScope;
import org.relsync.diagram.scene.Highlight;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.sync.report.ChangeReport;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code relsync diagram <file> [--kind entities|tables|mappings | --diagram NAME] [--db ID] [--schemas S1,S2]
 * [--entities E1,E2 [--depth N]] [--columns all|keys|none] [--only orphans,marked,problems]
 * [--report SYNC_REPORT.json] [--layout-all] -o FILE.svg|FILE.png}, or {@code --diagram NAME} for a
 * diagram saved with the project (its scope from the layout file, {@link StoredLayout#requireDefinition}): thin over
 * {@link DiagramExport}; the layout is kept in {@code <file>.layout.json} beside the project.
 */
@CommandLine.Command(name = "diagram",
        customSynopsis = "diagram <file> [--kind entities|tables|mappings | --diagram NAME] [--db ID] [--schemas S1,S2] [--entities E1,E2 [--depth N]]"
                + " [--columns all|keys|none] [--only orphans,marked,problems] [--report SYNC_REPORT.json] [--layout-all]"
                + " -o FILE.svg|FILE.png",
        description = "draw the entities, one database's tables, or the mappings between them as SVG or PNG, with sync states;"
                + " positions are kept in <file>.layout.json")
final class DiagramCommand implements Command {

    @Parameters(paramLabel = "<file>", description = "the project file")
    String file;

    @Option(names = "--kind", paramLabel = "KIND", description = "entities (the default), tables or mappings")
    String kind;

    @Option(names = "--diagram", paramLabel = "NAME",
            description = "a diagram saved with the project (the workbench's Diagrams: Entities, Tables, Mappings or one of its own)")
    String diagram;

    @Option(names = "--db", paramLabel = "ID", description = "the database (tables, mappings); needed when there are several")
    String database;

    @Option(names = "--schemas", paramLabel = "SCHEMA", split = ",", description = "only these schemas")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--entities", paramLabel = "NAME", split = ",",
            description = "only these entities (or tables), with their neighbours to --depth")
    List<String> entities = new ArrayList<>();

    @Option(names = "--depth", paramLabel = "N", description = "relationships to follow from --entities (default 1)")
    Integer depth;

    @Option(names = "--columns", paramLabel = "DETAIL", description = "all (the default), keys or none")
    String columns;

    @Option(names = "--only", paramLabel = "WHAT", split = ",",
            description = "show orphans, marked and/or problems in full, fade the rest")
    List<String> only = new ArrayList<>();

    @Option(names = "--report", paramLabel = "SYNC_REPORT.json",
            description = "the last sync's report (relsync sync --report json): its created, renamed and changed elements are accented")
    String report;

    @Option(names = "--layout-all", description = "lay everything out afresh, ignoring stored and pinned positions")
    boolean layoutAll;

    @Option(names = "-o", paramLabel = "FILE", required = true, description = "the picture to write: FILE.svg or FILE.png")
    String output;

    @Override
    public ExitCode run(CliContext cli) {
        Path projectFile = cli.path(file);
        DiagramScope scope = diagram == null ? scope() : saved(projectFile);
        Path out = cli.path(output);
        if (!DiagramExport.supported(out)) {
            throw new UsageException("diagram: -o " + output + ": the file must end in .svg or .png");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException("diagram: -o " + output + ": the folder does not exist");
        }
        if (out.toAbsolutePath().normalize().equals(projectFile.toAbsolutePath().normalize())) {
            throw new UsageException("diagram: -o " + output + ": that is the project file");
        }
        ChangeReport lastSync = null;
        if (report != null) {
            try {
                lastSync = ReportReader.read(cli.path(report));
            } catch (IllegalArgumentException e) {
                throw new UsageException("diagram: --report: " + e.getMessage());
            }
        }
        Project project = loaded != null ? loaded : ProjectFiles.load(projectFile);
        DiagramExport.Result result;
        try {
            result = DiagramExport.write(project, projectFile, scope, lastSync, DatabaseKinds.dialects(), out, layoutAll);
        } catch (IllegalArgumentException e) {
            throw new UsageException("diagram: " + e.getMessage());
        }
        cli.out().println(output + ": " + scope.kind().name().toLowerCase(Locale.ROOT) + " diagram, " + result.nodes() + " boxes, "
                + result.edges() + " lines (" + result.bytes() + " bytes); layout kept in " + result.layoutFile().getFileName());
        return ExitCode.OK;
    }

    /** The project, when {@link #saved} needed it already. */
    private Project loaded;

    /** The scope of the diagram saved as {@code --diagram}, with --columns and --only when given. */
    private DiagramScope saved(Path projectFile) {
        if (kind != null || database != null || !schemas.isEmpty() || !entities.isEmpty() || depth != null) {
            throw new UsageException("diagram: --diagram names a saved diagram: no --kind, --db, --schemas, --entities or --depth with it");
        }
        DiagramScope savedScope;
        try {
            StoredLayout stored = StoredLayout.load(StoredLayout.sidecar(projectFile));
            if (stored.definition(diagram).filter(d -> !d.scope().entities().isEmpty()).isPresent()) {
                loaded = ProjectFiles.load(projectFile); // its entities by id: renamed ones are named as they are now
                stored.follow(loaded);
            }
            savedScope = stored.requireDefinition(diagram).scope();
        } catch (IllegalArgumentException e) {
            throw new UsageException("diagram: --diagram: " + e.getMessage());
        }
        return new DiagramScope(savedScope.kind(), savedScope.database(), savedScope.schemas(), savedScope.entities(),
                savedScope.depth(), columns == null ? savedScope.columns() : detail(), only.isEmpty() ? savedScope.only() : highlights());
    }

    private ColumnDetail detail() {
        return switch (columns == null ? "all" : columns.toLowerCase(Locale.ROOT)) {
            case "all" -> ColumnDetail.ALL;
            case "keys" -> ColumnDetail.KEYS;
            case "none" -> ColumnDetail.NONE;
            default -> throw new UsageException("diagram: --columns is all, keys or none, not '" + columns + "'");
        };
    }

    private Set<Highlight> highlights() {
        Set<Highlight> highlights = EnumSet.noneOf(Highlight.class);
        for (String word : only) {
            highlights.add(switch (word.strip().toLowerCase(Locale.ROOT)) {
                case "orphans" -> Highlight.ORPHANS;
                case "marked" -> Highlight.MARKED;
                case "problems" -> Highlight.PROBLEMS;
                default -> throw new UsageException("diagram: --only takes orphans, marked, problems, not '" + word + "'");
            });
        }
        return highlights;
    }

    private DiagramScope scope() {
        DiagramKind diagramKind = switch (kind == null ? "entities" : kind.toLowerCase(Locale.ROOT)) {
            case "entities" -> DiagramKind.ENTITIES;
            case "tables" -> DiagramKind.TABLES;
            case "mappings" -> DiagramKind.MAPPINGS;
            default -> throw new UsageException("diagram: --kind is entities, tables or mappings, not '" + kind + "'");
        };
        ColumnDetail detail = detail();
        Set<Highlight> highlights = highlights();
        if (depth != null && entities.isEmpty()) {
            throw new UsageException("diagram: --depth needs --entities");
        }
        if (depth != null && depth < 0) {
            throw new UsageException("diagram: --depth must be 0 or more, not " + depth);
        }
        if (database != null && diagramKind == DiagramKind.ENTITIES) {
            throw new UsageException("diagram: --db is for --kind tables or mappings");
        }
        List<String> names = entities.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<String> schemaNames = schemas.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new DiagramScope(diagramKind, database, schemaNames, names, depth == null ? (names.isEmpty() ? 0 : 1) : depth, detail,
                highlights);
    }
}
