package org.relsync.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.relsync.model.relational.SyncSource;

/** {@code relsync set-source <project> --db ID --schema NAME Model|Database|Mixed}. */
final class SetSourceCommand implements Command {

    @Override
    public String name() {
        return "set-source";
    }

    @Override
    public String synopsis() {
        return "set-source <file> --db ID --schema NAME Model|Database|Mixed";
    }

    @Override
    public String summary() {
        return "set the sync source of a schema";
    }

    @Override
    public ExitCode run(List<String> args, PrintStream out) {
        Arguments a = Arguments.parse(name(), args, Set.of("--db", "--schema"), Set.of()).atMost(2);
        String file = a.positional(0, "project file");
        String value = a.positional(1, "sync source (Model, Database or Mixed)");
        SyncSource source = SyncSource.VALUES.stream().filter(s -> s.getLiteral().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new UsageException(name() + ": '" + value + "' is not Model, Database or Mixed"));
        String db = a.option("--db").orElseThrow(() -> new UsageException(name() + ": --db ID is required"));
        String schema = a.option("--schema").orElseThrow(() -> new UsageException(name() + ": --schema NAME is required"));
        return Edits.apply(file, editor -> editor.setSyncSource(db, schema, source),
                "Schema " + schema + " of database " + db + " now follows: " + source.getLiteral(), out);
    }
}
