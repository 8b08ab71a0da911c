package org.relsync.diagram.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.relsync.diagram.scene.DiagramDefinition;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;

/**
 * The positions and sizes of every diagram of a project, by diagram ({@code DiagramScope.layoutKey()})
 * and element id, and the routes of their edges. Kept in a sidecar file beside the project
 * ({@code <project file>.layout.json}), not in it: the project stays loadable by any EMF tool with
 * RelSync's four metamodels, and moving a box does not touch the model. The file is JSON with sorted
 * keys, one node or edge per line, numbers to one decimal, so that its diffs stay small; it is
 * written atomically.
 * <p>
 * It also holds the project's own diagrams ({@link DiagramDefinition}s: a name and a scope),
 * besides the three {@linkplain DiagramDefinition#builtIns() built-in} ones, as a list
 * {@code "definitions"}, one definition per line in the order they were made; a file without
 * it (an older one) has none. The list is written only when there is one, so files of projects
 * without diagrams of their own are as before.
 */
public final class StoredLayout {

    static final String FORMAT = "relsync-layout/1";

    /** A node's stored box; {@code pinned} when the user moved it (kept until "layout all"). */
    public record Entry(Box box, boolean pinned) {
    }

    /** What is stored of one diagram. */
    public record Diagram(Map<String, Entry> nodes, Map<String, List<Point>> edges) {

        public Diagram {
            nodes = new TreeMap<>(nodes);
            edges = new TreeMap<>(edges);
        }
    }

    private final TreeMap<String, Diagram> diagrams = new TreeMap<>();
    private final List<DiagramDefinition> definitions = new ArrayList<>();

    /** The sidecar file of {@code project}: {@code <project file name>.layout.json} in the same folder. */
    public static Path sidecar(Path project) {
        return project.resolveSibling(project.getFileName() + ".layout.json");
    }

    /** What {@code file} holds; nothing when it does not exist. */
    public static StoredLayout load(Path file) {
        StoredLayout layout = new StoredLayout();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return layout;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored layout " + file + ": " + e.getMessage(), e);
        }
        try {
            JsonObject root = JsonParser.parseString(text).getAsJsonObject();
            JsonArray definitions = root.has("definitions") ? root.getAsJsonArray("definitions") : new JsonArray();
            List<DiagramDefinition> read = new ArrayList<>();
            for (int i = 0; i < definitions.size(); i++) {
                try {
                    read.add(DefinitionJson.read(definitions.get(i)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("the stored layout " + file + " has a broken diagram definition (number "
                            + (i + 1) + "): " + e.getMessage(), e);
                }
            }
            try {
                layout.setDefinitions(read);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the stored layout " + file + ": " + e.getMessage(), e);
            }
            JsonObject diagrams = root.getAsJsonObject("diagrams");
            if (diagrams == null) {
                return layout;
            }
            for (Map.Entry<String, JsonElement> diagram : diagrams.entrySet()) {
                JsonObject body = diagram.getValue().getAsJsonObject();
                TreeMap<String, Entry> nodes = new TreeMap<>();
                JsonObject jsonNodes = body.getAsJsonObject("nodes");
                if (jsonNodes != null) {
                    for (Map.Entry<String, JsonElement> node : jsonNodes.entrySet()) {
                        JsonObject n = node.getValue().getAsJsonObject();
                        nodes.put(node.getKey(), new Entry(new Box(n.get("x").getAsDouble(), n.get("y").getAsDouble(),
                                n.get("w").getAsDouble(), n.get("h").getAsDouble()),
                                n.has("pinned") && n.get("pinned").getAsBoolean()));
                    }
                }
                TreeMap<String, List<Point>> edges = new TreeMap<>();
                JsonObject jsonEdges = body.getAsJsonObject("edges");
                if (jsonEdges != null) {
                    for (Map.Entry<String, JsonElement> edge : jsonEdges.entrySet()) {
                        JsonArray numbers = edge.getValue().getAsJsonArray();
                        List<Point> points = new ArrayList<>();
                        for (int i = 0; i + 1 < numbers.size(); i += 2) {
                            points.add(new Point(numbers.get(i).getAsDouble(), numbers.get(i + 1).getAsDouble()));
                        }
                        edges.put(edge.getKey(), points);
                    }
                }
                layout.diagrams.put(diagram.getKey(), new Diagram(nodes, edges));
            }
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException | ClassCastException e) {
            throw new IllegalArgumentException("the stored layout " + file + " is not a RelSync layout file: " + e.getMessage(), e);
        }
        return layout;
    }

    /** Whether nothing is stored: no positions, no diagrams of the project's own. */
    public boolean isEmpty() {
        return diagrams.isEmpty() && definitions.isEmpty();
    }

    /** The project's own diagrams, in the order they were made (the built-in ones are not among them). */
    public List<DiagramDefinition> definitions() {
        return List.copyOf(definitions);
    }

    /** The built-in diagrams, then the project's own: what the workbench lists. */
    public List<DiagramDefinition> allDefinitions() {
        List<DiagramDefinition> all = new ArrayList<>(DiagramDefinition.builtIns());
        all.addAll(definitions);
        return all;
    }

    /** The diagram named {@code name} (ignoring case), built-in or the project's own. */
    public Optional<DiagramDefinition> definition(String name) {
        return DiagramDefinition.named(allDefinitions(), name);
    }

    /**
     * The diagram named {@code name}, for a command line: {@link IllegalArgumentException} listing
     * the diagrams there are when there is none of that name.
     */
    public DiagramDefinition requireDefinition(String name) {
        return definition(name).orElseThrow(() -> new IllegalArgumentException("no diagram " + name + "; the diagrams: "
                + String.join(", ", allDefinitions().stream().map(DiagramDefinition::name).toList())));
    }

    /**
     * Makes {@code list} the project's own diagrams (for a new diagram, a rename, a deletion and
     * their undo).
     *
     * @throws IllegalArgumentException when a name is taken twice (ignoring case) or a built-in
     *                                  diagram's, or a built-in diagram is among them
     */
    public void setDefinitions(List<DiagramDefinition> list) {
        List<DiagramDefinition> checked = new ArrayList<>(DiagramDefinition.builtIns());
        for (DiagramDefinition definition : list) {
            if (DiagramDefinition.named(checked, definition.name()).isPresent()) {
                throw new IllegalArgumentException("there is a diagram " + definition.name() + " already");
            }
            checked.add(definition);
        }
        definitions.clear();
        definitions.addAll(checked.subList(DiagramDefinition.builtIns().size(), checked.size()));
    }

    /**
     * Brings the project's own diagrams in line with {@code project}: the entities and tables they
     * name, found by model id, named as they are now ({@link DiagramDefinition#current}), so a
     * rename does not break a diagram; a diagram whose layout key changed so keeps its positions.
     * The command line calls it before it draws, the workbench before it saves.
     *
     * @return whether anything changed
     */
    public boolean follow(Project project) {
        List<DiagramDefinition> now = new ArrayList<>();
        boolean changed = false;
        for (DiagramDefinition definition : definitions) {
            DiagramDefinition current = definition.current(project);
            now.add(current);
            if (!current.equals(definition)) {
                changed = true;
                rekey(definition.scope().layoutKey(), current.scope().layoutKey(), definition);
            }
        }
        if (changed) {
            definitions.clear();
            definitions.addAll(now);
        }
        return changed;
    }

    /**
     * The positions of diagram {@code from} become those of diagram {@code to} (the same diagram
     * whose entities were renamed), unless {@code to} has its own; {@code from}'s stay when another
     * diagram than {@code except} still shows them.
     */
    public void rekey(String from, String to, DiagramDefinition except) {
        if (from.equals(to) || !diagrams.containsKey(from) || diagrams.containsKey(to)) {
            return;
        }
        diagrams.put(to, diagrams.get(from));
        if (!keyUsedBesides(from, except)) {
            diagrams.remove(from);
        }
    }

    /** Whether a diagram (built-in or not) other than {@code except} shows what diagram {@code key} shows. */
    public boolean keyUsedBesides(String key, DiagramDefinition except) {
        return allDefinitions().stream().anyMatch(d -> !d.equals(except) && d.scope().layoutKey().equals(key));
    }

    /** What is stored for the diagram {@code key}, or {@code null}. */
    public Diagram diagram(String key) {
        return diagrams.get(key);
    }

    /** Stores {@code layout} as diagram {@code key}, keeping the pins of nodes that were pinned. */
    public void put(String key, Layout layout) {
        Diagram old = diagrams.get(key);
        TreeMap<String, Entry> nodes = new TreeMap<>();
        layout.nodes().forEach((id, box) -> {
            boolean pinned = old != null && old.nodes().containsKey(id) && old.nodes().get(id).pinned()
                    && old.nodes().get(id).box().x() == box.x() && old.nodes().get(id).box().y() == box.y();
            nodes.put(id, new Entry(box, pinned));
        });
        diagrams.put(key, new Diagram(nodes, layout.edges()));
    }

    /** The user moved node {@code id} of diagram {@code key} to (x, y): it is pinned there. */
    public void move(String key, String id, double x, double y) {
        Diagram diagram = diagrams.get(key);
        Entry entry = diagram == null ? null : diagram.nodes().get(id);
        if (entry == null) {
            throw new IllegalArgumentException("diagram " + key + " has no stored node " + id);
        }
        Box box = entry.box();
        diagram.nodes().put(id, new Entry(new Box(x, y, box.width(), box.height()), true));
        // its edges are routed again next time
        diagram.edges().clear();
    }

    /** A copy of what is stored for diagram {@code key} (for undo), or {@code null}. */
    public Diagram snapshot(String key) {
        Diagram diagram = diagrams.get(key);
        return diagram == null ? null : new Diagram(diagram.nodes(), diagram.edges());
    }

    /** Puts back a {@link #snapshot} of diagram {@code key}; {@code null} forgets the diagram, pins and all. */
    public void restore(String key, Diagram snapshot) {
        if (snapshot == null) {
            diagrams.remove(key);
        } else {
            diagrams.put(key, new Diagram(snapshot.nodes(), snapshot.edges()));
        }
    }

    /** The file's text: sorted keys, one node or edge per line. */
    public String toJson() {
        Gson gson = new Gson();
        StringBuilder out = new StringBuilder("{\n  \"format\": \"").append(FORMAT).append("\",\n");
        if (!definitions.isEmpty()) {
            out.append("  \"definitions\": [");
            for (int i = 0; i < definitions.size(); i++) {
                out.append(i == 0 ? "\n    " : ",\n    ").append(DefinitionJson.write(definitions.get(i)));
            }
            out.append("\n  ],\n");
        }
        out.append("  \"diagrams\": {");
        boolean firstDiagram = true;
        for (Map.Entry<String, Diagram> diagram : diagrams.entrySet()) {
            out.append(firstDiagram ? "\n" : ",\n");
            firstDiagram = false;
            out.append("    ").append(gson.toJson(diagram.getKey())).append(": {\n      \"nodes\": {");
            boolean first = true;
            for (Map.Entry<String, Entry> node : diagram.getValue().nodes().entrySet()) {
                Box box = node.getValue().box();
                out.append(first ? "\n" : ",\n").append("        ").append(gson.toJson(node.getKey()))
                        .append(": {\"x\": ").append(number(box.x())).append(", \"y\": ").append(number(box.y()))
                        .append(", \"w\": ").append(number(box.width())).append(", \"h\": ").append(number(box.height()));
                if (node.getValue().pinned()) {
                    out.append(", \"pinned\": true");
                }
                out.append('}');
                first = false;
            }
            out.append(first ? "},\n" : "\n      },\n").append("      \"edges\": {");
            first = true;
            for (Map.Entry<String, List<Point>> edge : diagram.getValue().edges().entrySet()) {
                out.append(first ? "\n" : ",\n").append("        ").append(gson.toJson(edge.getKey())).append(": [");
                boolean firstPoint = true;
                for (Point point : edge.getValue()) {
                    out.append(firstPoint ? "" : ", ").append(number(point.x())).append(", ").append(number(point.y()));
                    firstPoint = false;
                }
                out.append(']');
                first = false;
            }
            out.append(first ? "}\n    }" : "\n      }\n    }");
        }
        out.append(firstDiagram ? "}\n}\n" : "\n  }\n}\n");
        return out.toString();
    }

    /** Writes {@link #toJson()} to {@code file}, atomically. */
    public void save(Path file) {
        ProjectFiles.writeAtomically(file, toJson().getBytes(StandardCharsets.UTF_8));
    }

    /** A number to one decimal, without a trailing ".0", the same on every locale. */
    public static String number(double value) {
        long tenths = Math.round(value * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }
}
