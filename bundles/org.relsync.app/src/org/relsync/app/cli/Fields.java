package org.relsync.app.cli;

import java.util.ArrayList;
import java.util.List;

import org.relsync.model.entity.EntityField;

/** How the CLI shows an entity field. */
final class Fields {

    private Fields() {
    }

    static String describe(EntityField field) {
        StringBuilder type = new StringBuilder(field.getType().getLiteral());
        if (field.getLength() != null) {
            type.append('(').append(field.getLength()).append(')');
        } else if (field.getPrecision() != null) {
            type.append('(').append(field.getPrecision()).append(field.getScale() != null ? "," + field.getScale() : "")
                    .append(')');
        }
        List<String> flags = new ArrayList<>();
        if (field.isIdentifying()) {
            flags.add("identifying");
        }
        if (field.isIdentity()) {
            flags.add("identity");
        }
        if (field.isOptional()) {
            flags.add("optional");
        }
        if (field.isReadOnly()) {
            flags.add("read-only");
        }
        return field.getName() + " " + type + (flags.isEmpty() ? "" : " " + String.join(" ", flags));
    }
}
