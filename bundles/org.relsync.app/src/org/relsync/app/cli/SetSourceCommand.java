package org.relsync.app.cli;

import java.io.PrintStream;

import org.relsync.db.DatabaseKinds;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.FieldMapping;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.naming.Naming;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code relsync set-source <project> --db ID --schema NAME Model|Database|Mixed}. */
@CommandLine.Command(name = "set-source", customSynopsis = "set-source <file> --db ID --schema NAME Model|Database|Mixed",
        description = "set the sync source of a schema")
final class SetSourceCommand implements Command {

    @Parameters(index = "0", paramLabel = "<file>", description = "the project file")
    String file;

    @Parameters(index = "1", paramLabel = "SOURCE", description = "what the schema follows: Model, Database or Mixed")
    String value;

    @Option(names = "--db", required = true, paramLabel = "ID", description = "the database")
    String db;

    @Option(names = "--schema", required = true, paramLabel = "NAME", description = "the schema")
    String schema;

    @Override
    public ExitCode run(CliContext cli) {
        SyncSource source = SyncSource.VALUES.stream().filter(s -> s.getLiteral().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new UsageException("set-source: '" + value + "' is not Model, Database or Mixed"));
        ExitCode result = Edits.apply(cli, file, editor -> editor.setSyncSource(db, schema, source),
                "Schema " + schema + " of database " + db + " now follows: " + source.getLiteral());
        if (source != SyncSource.DATABASE) {
            renameHint(ProjectFiles.load(cli.path(file)), db, schema, cli.out());
        }
        return result;
    }

    /**
     * Once the model drives a schema, the next sync renames its mapped tables and columns to what
     * the naming rules give (SYNC-SPEC section 3.2 step 3). A reversed schema whose names follow
     * another style would be renamed wholesale, and DDL would carry that to the database: say so
     * now, while the rules can still be set to the database's style.
     */
    private static void renameHint(Project project, String db, String schemaName, PrintStream out) {
        Database database = project.getDatabases().stream().filter(d -> db.equals(d.getName())).findFirst().orElse(null);
        if (database == null || !project.getSettings().isSyncRelationalModelDataElementNameWithTargetElementName()) {
            return;
        }
        Naming naming = Naming.of(project, database, DatabaseKinds.dialects());
        int tables = 0;
        int columns = 0;
        String example = null;
        for (EntityMapping em : DatabaseMappings.of(project, database).container().getEntityMappings()) {
            if (em.getEntity() == null || em.getTarget() == null
                    || !(em.getTarget().eContainer() instanceof Schema s) || !schemaName.equals(s.getName())) {
                continue;
            }
            String wanted = naming.tableName(em.getEntity().getName());
            if (!wanted.equals(em.getTarget().getName())) {
                tables++;
                example = example != null ? example : em.getTarget().getName() + " -> " + wanted;
            }
            for (FieldMapping fm : em.getFieldMappings()) {
                if (fm.getField() != null && fm.getTarget() != null
                        && !naming.fieldName(fm.getField().getName()).equals(fm.getTarget().getName())) {
                    columns++;
                }
            }
        }
        if (tables + columns > 0) {
            out.println("Note: the next sync will rename " + tables + (tables == 1 ? " table" : " tables") + " and " + columns
                    + (columns == 1 ? " column" : " columns") + " of " + schemaName + " to follow the naming rules"
                    + (example == null ? "" : " (" + example + ")") + ", and DDL would rename them in the database; "
                    + "to keep the database's names, set the rules first (relsync settings FILE naming.tableCaseStyle=... "
                    + "naming.fieldCaseStyle=...) or syncRelationalModelDataElementNameWithTargetElementName=false");
        }
    }
}
