package org.relsync.diagram.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.relsync.diagram.scene.ColumnDetail;
import org.relsync.diagram.scene.DiagramDefinition;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.DiagramScope;
import org.relsync.diagram.scene.Highlight;

/**
 * A {@link DiagramDefinition} as one line of the layout file: its name and kind, then only what
 * differs from the whole-project diagram ({@code db}, {@code schemas}, {@code entities} with
 * {@code depth} and the entities' model {@code ids}, {@code columns}, {@code only}), in that order, so a
 * file diffs well. A definition without {@code ids} (written before they were) reads as one whose
 * ids are not known yet.
 */
final class DefinitionJson {

    private static final Gson GSON = new Gson();

    private DefinitionJson() {
    }

    static String write(DiagramDefinition definition) {
        DiagramScope scope = definition.scope();
        StringBuilder out = new StringBuilder("{\"name\": ").append(GSON.toJson(definition.name()))
                .append(", \"kind\": ").append(GSON.toJson(lower(scope.kind())));
        if (scope.database() != null) {
            out.append(", \"db\": ").append(GSON.toJson(scope.database()));
        }
        if (!scope.schemas().isEmpty()) {
            out.append(", \"schemas\": ").append(list(scope.schemas()));
        }
        if (!scope.entities().isEmpty()) {
            out.append(", \"entities\": ").append(list(scope.entities())).append(", \"depth\": ").append(scope.depth());
            if (!definition.ids().isEmpty()) {
                out.append(", \"ids\": ").append(list(definition.ids()));
            }
        }
        if (scope.columns() != ColumnDetail.ALL) {
            out.append(", \"columns\": ").append(GSON.toJson(lower(scope.columns())));
        }
        if (!scope.only().isEmpty()) {
            out.append(", \"only\": ").append(list(scope.only().stream().map(DefinitionJson::lower).toList()));
        }
        return out.append('}').toString();
    }

    private static String list(List<String> strings) {
        return "[" + String.join(", ", strings.stream().map(GSON::toJson).toList()) + "]";
    }

    /**
     * The definition {@code json} holds.
     *
     * @throws IllegalArgumentException naming what is missing or wrong
     */
    static DiagramDefinition read(JsonElement json) {
        if (!json.isJsonObject()) {
            throw new IllegalArgumentException("not an object: " + json);
        }
        JsonObject object = json.getAsJsonObject();
        String name = string(object, "name", null);
        if (name == null) {
            throw new IllegalArgumentException("no \"name\"");
        }
        DiagramKind kind = constant(DiagramKind.class, string(object, "kind", null), "kind", name);
        if (kind == null) {
            throw new IllegalArgumentException(name + ": no \"kind\" (entities, tables or mappings)");
        }
        List<String> entities = strings(object, "entities", name);
        int depth = object.has("depth") ? object.get("depth").getAsInt() : 0;
        ColumnDetail columns = constant(ColumnDetail.class, string(object, "columns", name), "columns", name);
        Set<Highlight> only = EnumSet.noneOf(Highlight.class);
        for (String word : strings(object, "only", name)) {
            only.add(constant(Highlight.class, word, "only", name));
        }
        try {
            return new DiagramDefinition(name, new DiagramScope(kind, string(object, "db", name), strings(object, "schemas", name),
                    entities, depth, columns, only), strings(object, "ids", name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static String string(JsonObject object, String key, String name) {
        JsonElement value = object.get(key);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new IllegalArgumentException((name == null ? "" : name + ": ") + "\"" + key + "\" is not a string");
        }
        return value.getAsString();
    }

    private static List<String> strings(JsonObject object, String key, String name) {
        JsonElement value = object.get(key);
        if (value == null || value.isJsonNull()) {
            return List.of();
        }
        if (!value.isJsonArray()) {
            throw new IllegalArgumentException(name + ": \"" + key + "\" is not a list of strings");
        }
        List<String> strings = new ArrayList<>();
        for (JsonElement element : (JsonArray) value) {
            if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
                throw new IllegalArgumentException(name + ": \"" + key + "\" is not a list of strings");
            }
            strings.add(element.getAsString());
        }
        return strings;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String word, String key, String name) {
        if (word == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (lower(constant).equals(word)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(name + ": \"" + key + "\" cannot be \"" + word + "\"");
    }

    private static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
