package org.relsync.db.ddl;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.relsync.model.common.NamedElement;
import org.relsync.model.relational.Constraint;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Index;
import org.relsync.model.relational.RelationalElement;
import org.relsync.model.relational.TableField;

/**
 * What a key or index is, in the model's names, so that a model key and a present one compare:
 * kind, columns, and for a foreign key its target and rules (as the database applies them).
 */
final class KeySignature {

    /** Where a foreign key's rules start in its signature: a character no name holds. */
    private static final char RULES = '\u0001';

    private final DdlPlan plan;

    KeySignature(DdlPlan plan) {
        this.plan = plan;
    }

    /** The signature of a model key. */
    String of(RelationalElement key) {
        return signature(key, NamedElement::getName);
    }

    /** The same for a key of the present database, its tables and columns called by their model names. */
    String ofPresent(RelationalElement key) {
        return signature(key, plan.pairs::modelName);
    }

    /** A key's signature without its foreign-key rules. */
    static String shape(String signature) {
        int rules = signature.indexOf(RULES);
        return rules >= 0 ? signature.substring(0, rules) : signature;
    }

    private String signature(RelationalElement key, Function<NamedElement, String> names) {
        StringBuilder s = new StringBuilder(key.eClass().getName());
        List<TableField> fields = key instanceof Constraint c ? c.getFields() : ((Index) key).getFields();
        fields.forEach(f -> s.append('|').append(names.apply(f)));
        if (key instanceof ForeignKey fk) {
            s.append("->").append(fk.getReferencedTable() == null ? "?" : names.apply(fk.getReferencedTable()));
            fk.getReferencedFields().forEach(f -> s.append('|').append(names.apply(f)));
            s.append(RULES).append(plan.sql.effective(fk.getOnDelete())).append(' ')
                    .append(plan.sql.effective(fk.getOnUpdate()));
        }
        if (key instanceof Index index) {
            s.append(index.isUnique() ? " unique" : "");
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }
}
