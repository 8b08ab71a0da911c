package org.relsync.sync.edit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.ModelType;
import org.relsync.model.entity.TypedField;

/** What makes a field's type settings valid; shared by the editor (which refuses) and validation (which reports). */
public final class FieldRules {

    private static final Set<ModelType> WITH_LENGTH = EnumSet.of(ModelType.STRING, ModelType.CHAR, ModelType.BINARY);
    private static final Set<ModelType> WITH_PRECISION = EnumSet.of(ModelType.DECIMAL);
    private static final Set<ModelType> INTEGRAL = EnumSet.of(ModelType.BYTE, ModelType.INT16, ModelType.INT32,
            ModelType.INT64);

    private FieldRules() {
    }

    /** The problems of a field, each one line naming the field; empty when it is valid. */
    public static List<String> problems(TypedField field) {
        List<String> problems = new ArrayList<>();
        String name = field.getName();
        ModelType type = field.getType();
        if (field.getLength() != null) {
            if (!WITH_LENGTH.contains(type)) {
                problems.add("field " + name + ": a " + type.getLiteral() + " has no length");
            } else if (field.getLength() < 1) {
                problems.add("field " + name + ": the length must be at least 1, not " + field.getLength());
            }
        }
        if ((field.getPrecision() != null || field.getScale() != null) && !WITH_PRECISION.contains(type)) {
            problems.add("field " + name + ": a " + type.getLiteral() + " has no precision or scale");
        }
        if (field.getPrecision() != null && field.getPrecision() < 1) {
            problems.add("field " + name + ": the precision must be at least 1, not " + field.getPrecision());
        }
        if (field.getScale() != null && field.getScale() < 0) {
            problems.add("field " + name + ": the scale must not be negative");
        }
        if (field.getPrecision() != null && field.getScale() != null && field.getScale() > field.getPrecision()) {
            problems.add("field " + name + ": the scale " + field.getScale() + " exceeds the precision " + field.getPrecision());
        }
        if (field instanceof EntityField entityField && entityField.isIdentity() && !INTEGRAL.contains(type)) {
            problems.add("field " + name + ": only integer fields can be identity fields, not a " + type.getLiteral());
        }
        return problems;
    }
}
