package org.relsync.sync.report;

import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Writes JSON for machine-readable output, through Gson: maps (in their iteration order), lists,
 * strings, numbers, booleans, null, and anything else as its string (enums as their literal).
 * Indented by two spaces, so it diffs well; text as it is (no HTML escaping); a final newline.
 */
public final class Json {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

    private Json() {
    }

    public static String write(Object value) {
        return GSON.toJson(tree(value)) + "\n";
    }

    private static JsonElement tree(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            map.forEach((key, item) -> object.add(String.valueOf(key), tree(item)));
            return object;
        }
        if (value instanceof List<?> list) {
            JsonArray array = new JsonArray(list.size());
            list.forEach(item -> array.add(tree(item)));
            return array;
        }
        if (value instanceof Number number) {
            return new JsonPrimitive(number);
        }
        if (value instanceof Boolean bool) {
            return new JsonPrimitive(bool);
        }
        return new JsonPrimitive(String.valueOf(value));
    }
}
