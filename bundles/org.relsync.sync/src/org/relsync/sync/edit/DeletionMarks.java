package org.relsync.sync.edit;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.relsync.model.project.ProjectFactory;
import org.relsync.model.project.ProjectSettings;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalElement;
import org.relsync.model.relational.RelationalPackage;
import org.relsync.model.relational.Schema;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;
import org.relsync.sync.phase.OrphanPolicy;
import org.relsync.sync.phase.Orphans;

/**
 * The deletion-mark and orphan commands of {@link ProjectEditor}, by the rules of SYNC-SPEC
 * section 4 as the sync engine applies them ({@link OrphanPolicy#canMark}, {@link Orphans}), so
 * that a modeler's mark and the orphan step's mark follow one rule.
 */
final class DeletionMarks {

    private final ProjectEditor editor;

    DeletionMarks(ProjectEditor editor) {
        this.editor = editor;
    }

    /** Whether {@code element} may be marked for deletion where it is: never in a Database schema, only tables in a Mixed one. */
    static boolean canMark(RelationalElement element) {
        Schema schema = schemaOf(element);
        return schema != null && OrphanPolicy.canMark(schema.getSyncSource(), element.eClass());
    }

    Command mark(RelationalElement element, boolean marked) {
        Objects.requireNonNull(element, "element");
        if (element.isMarkedForDeletion() == marked) {
            throw new EditException(name(element) + (marked ? " is already" : " is not") + " marked for deletion");
        }
        if (marked && !canMark(element)) {
            Schema schema = schemaOf(element);
            throw new EditException(name(element) + " cannot be marked for deletion in "
                    + (schema == null ? "no schema" : schema.getSyncSource().getLiteral() + " schema " + schema.getName())
                    + " (SYNC-SPEC section 4)");
        }
        Command set = SetCommand.create(editor.domain(), element, RelationalPackage.Literals.RELATIONAL_ELEMENT__MARKED_FOR_DELETION,
                marked);
        return new CompoundCommand((marked ? "Mark " : "Unmark ") + name(element) + (marked ? " for Deletion" : ""), List.of(set));
    }

    /** Whether the orphan rules ({@link Orphans}) judge {@code element} an orphan: nothing maps or backs it. */
    boolean isOrphan(RelationalElement element) {
        Schema schema = schemaOf(element);
        Database database = schema == null || schema.eContainer() == null ? null : Elements.databaseOf(schema);
        if (database == null) {
            return false;
        }
        ProjectSettings settings = editor.project().getSettings() != null ? editor.project().getSettings()
                : ProjectFactory.eINSTANCE.createProjectSettings();
        boolean[] orphan = new boolean[1];
        Orphans.visit(database, DatabaseMappings.existing(editor.project(), database), settings,
                (s, e, backed, configured, code, why, advice) -> {
                    if (e == element && !backed) {
                        orphan[0] = true;
                    }
                });
        return orphan[0];
    }

    Command removeOrphan(RelationalElement element) {
        Objects.requireNonNull(element, "element");
        if (!isOrphan(element)) {
            throw new EditException(name(element) + " is not an orphan: a mapping targets or backs it");
        }
        return new CompoundCommand("Remove Orphan " + name(element), List.of(DeleteCommand.create(editor.domain(), element)));
    }

    private static String name(RelationalElement element) {
        return element.eClass().getName() + " " + Elements.localPath(element);
    }

    private static Schema schemaOf(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Schema schema) {
                return schema;
            }
        }
        return null;
    }
}
