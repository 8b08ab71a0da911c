package org.relsync.sync.phase;

import org.eclipse.emf.ecore.EClass;
import org.relsync.model.project.OrphanAction;
import org.relsync.model.relational.RelationalPackage;
import org.relsync.model.relational.SyncSource;

/**
 * The orphan rules of SYNC-SPEC section 4: which configured action applies to an element of a
 * given kind in a schema of a given sync source.
 */
public final class OrphanPolicy {

    private OrphanPolicy() {
    }

    /**
     * Whether an element of {@code kind} may be marked for deletion in a schema of {@code source}:
     * never in a Database schema, only tables in a Mixed schema, anything in a Model schema.
     */
    public static boolean canMark(SyncSource source, EClass kind) {
        return switch (source) {
            case DATABASE -> false;
            case MIXED -> kind == RelationalPackage.Literals.TABLE;
            case MODEL -> true;
        };
    }

    /** The action that applies: {@code MarkForDeletion} becomes {@code RaiseWarning} where marking is forbidden. */
    public static OrphanAction effective(OrphanAction configured, SyncSource source, EClass kind) {
        if (configured == OrphanAction.MARK_FOR_DELETION && !canMark(source, kind)) {
            return OrphanAction.RAISE_WARNING;
        }
        return configured;
    }

    /** Tables, views and sequences are excludable orphans; parts of a mapped table are not. */
    public static boolean isExcludable(EClass kind) {
        return kind == RelationalPackage.Literals.TABLE || kind == RelationalPackage.Literals.VIEW
                || kind == RelationalPackage.Literals.SEQUENCE;
    }
}
