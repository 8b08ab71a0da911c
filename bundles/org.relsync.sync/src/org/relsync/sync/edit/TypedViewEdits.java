package org.relsync.sync.edit;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.relsync.model.entity.EntityFactory;
import org.relsync.model.entity.EntityPackage;
import org.relsync.model.entity.TypedView;
import org.relsync.model.entity.TypedViewField;
import org.relsync.model.mapping.DatabaseMapping;
import org.relsync.model.mapping.MappingPackage;
import org.relsync.model.mapping.TypedViewMapping;

/**
 * The typed view commands of {@link ProjectEditor} (mapping them is {@link MappingEditor}'s).
 */
final class TypedViewEdits {

    private static final EntityPackage E = EntityPackage.eINSTANCE;

    private final ProjectEditor editor;

    TypedViewEdits(ProjectEditor editor) {
        this.editor = editor;
    }

    /** Adds a typed view with fields given as {@code NAME:TYPE}. */
    Command add(String name, List<String> fields) {
        Names.check(name, "typed view");
        if (editor.entityModel().getTypedViews().stream().anyMatch(v -> name.equals(v.getName()))) {
            throw new EditException("a typed view named '" + name + "' already exists");
        }
        TypedView view = EntityFactory.eINSTANCE.createTypedView();
        view.setName(name);
        for (String spec : fields) {
            String[] parts = spec.split(":", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new EditException("'" + spec + "' is not NAME:TYPE");
            }
            TypedViewField field = EntityFactory.eINSTANCE.createTypedViewField();
            field.setName(parts[0].strip());
            field.setType(ProjectEditor.modelType(parts[1].strip()));
            view.getFields().add(field);
        }
        return AddCommand.create(editor.domain(), editor.entityModel(), E.getEntityModel_TypedViews(), view);
    }

    Command rename(String name, String newName) {
        TypedView view = editor.typedView(name);
        Names.check(newName, "typed view");
        if (!name.equals(newName) && editor.entityModel().getTypedViews().stream().anyMatch(v -> newName.equals(v.getName()))) {
            throw new EditException("a typed view named '" + newName + "' already exists");
        }
        return SetCommand.create(editor.domain(), view, org.relsync.model.common.CommonPackage.Literals.NAMED_ELEMENT__NAME, newName);
    }

    Command remove(String name) {
        TypedView view = editor.typedView(name);
        CompoundCommand compound = new CompoundCommand("Remove typed view " + name);
        for (DatabaseMapping dm : editor.project().getMappings()) {
            for (TypedViewMapping tvm : dm.getTypedViewMappings()) {
                if (tvm.getTypedView() == view) {
                    compound.append(RemoveCommand.create(editor.domain(), dm, MappingPackage.Literals.DATABASE_MAPPING__TYPED_VIEW_MAPPINGS, tvm));
                }
            }
        }
        compound.append(RemoveCommand.create(editor.domain(), editor.entityModel(), E.getEntityModel_TypedViews(), view));
        return compound;
    }
}
