package org.relsync.diagram.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.relsync.sync.report.Change;
import org.relsync.sync.report.ChangeKind;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.Problem;

/**
 * Reads a sync report written by {@code relsync sync --report json} (ReportWriter.json) back into
 * a {@link ChangeReport}, for the diagrams' "changed by the last sync" accents and lost mappings.
 */
public final class ReportReader {

    private ReportReader() {
    }

    /** The report in {@code file}; an {@link IllegalArgumentException} saying why when it is not one. */
    public static ChangeReport read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the sync report " + file + ": " + e.getMessage(), e);
        }
        try {
            JsonObject root = JsonParser.parseString(text).getAsJsonObject();
            if (!root.has("scopes") || !root.has("problems")) {
                throw new IllegalStateException("no scopes and problems");
            }
            ChangeReport report = new ChangeReport(root.has("project") ? root.get("project").getAsString() : "");
            for (JsonElement scope : root.getAsJsonArray("scopes")) {
                JsonObject s = scope.getAsJsonObject();
                String name = s.get("scope").getAsString();
                for (JsonElement change : s.getAsJsonArray("changes")) {
                    JsonObject c = change.getAsJsonObject();
                    report.add(new Change(ChangeKind.valueOf(c.get("kind").getAsString().toUpperCase(Locale.ROOT)), name,
                            c.get("element").getAsString(), c.get("path").getAsString(), string(c, "detail")));
                }
            }
            for (JsonElement problem : root.getAsJsonArray("problems")) {
                JsonObject p = problem.getAsJsonObject();
                List<String> fixes = new ArrayList<>();
                JsonArray jsonFixes = p.has("fixes") ? p.getAsJsonArray("fixes") : new JsonArray();
                jsonFixes.forEach(f -> fixes.add(f.getAsString()));
                report.add(new Problem(Problem.Severity.valueOf(p.get("severity").getAsString().toUpperCase(Locale.ROOT)),
                        p.get("code").getAsString(), p.get("path").getAsString(), p.get("message").getAsString(), fixes));
            }
            return report;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " is not a sync report of 'relsync sync --report json' (" + e.getMessage() + ")",
                    e);
        }
    }

    private static String string(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() ? "" : value.getAsString();
    }
}
