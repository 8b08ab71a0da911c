package org.relsync.ui.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.relsync.ui.session.ProjectSession;

/**
 * The standard Properties view's view of one model element, over its EMF.Edit item property
 * descriptors. Every change is made by the session's {@code ProjectEditor} ({@code set}), so it
 * follows the same rules as the CLI's edits and lands on the command stack: undoable. A change
 * the editor refuses (a duplicate or invalid name) is reported to {@link #onRefusal} and nothing changes.
 */
public final class ItemPropertySource implements IPropertySource {

    /** Told when the editor refuses a change, with its reason. */
    public interface RefusalHandler {
        void refused(String reason);
    }

    private final EObject object;
    private final IItemPropertySource source;
    private final ProjectSession session;
    private final RefusalHandler onRefusal;

    public ItemPropertySource(EObject object, IItemPropertySource source, ProjectSession session, RefusalHandler onRefusal) {
        this.object = object;
        this.source = source;
        this.session = session;
        this.onRefusal = onRefusal;
    }

    /**
     * The property source of {@code object} in {@code session}, or {@code null} when it has none; a
     * refused change is shown in an error dialog over {@code shell} (the explorer's and the diagram
     * editor's Properties alike).
     */
    public static IPropertySource of(Object object, ProjectSession session, java.util.function.Supplier<org.eclipse.swt.widgets.Shell> shell) {
        if (session == null || !(object instanceof EObject eObject)) {
            return null;
        }
        IItemPropertySource source = (IItemPropertySource) session.adapterFactory().adapt(object, IItemPropertySource.class);
        return source == null ? null : new ItemPropertySource(eObject, source, session,
                reason -> org.eclipse.jface.dialogs.MessageDialog.openError(shell.get(), "Properties", reason));
    }

    private List<IItemPropertyDescriptor> itemDescriptors() {
        List<IItemPropertyDescriptor> list = source.getPropertyDescriptors(object);
        return list == null ? List.of() : list;
    }

    private IItemPropertyDescriptor itemDescriptor(Object id) {
        for (IItemPropertyDescriptor d : itemDescriptors()) {
            if (d.getId(object).equals(id)) {
                return d;
            }
        }
        return null;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> result = new ArrayList<>();
        for (IItemPropertyDescriptor d : itemDescriptors()) {
            String id = d.getId(object);
            String name = d.getDisplayName(object);
            PropertyDescriptor descriptor;
            if (!d.canSetProperty(object) || d.isMany(object)) {
                descriptor = new PropertyDescriptor(id, name);
            } else if (choices(d) != null) {
                List<?> choices = choices(d);
                String[] labels = choices.stream().map(c -> text(d, c)).toArray(String[]::new);
                descriptor = new ComboBoxPropertyDescriptor(id, name, labels);
            } else {
                descriptor = new TextPropertyDescriptor(id, name);
            }
            descriptor.setCategory(d.getCategory(object));
            descriptor.setDescription(d.getDescription(object));
            descriptor.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object value) {
                    if (value instanceof Integer index && choices(d) != null && index >= 0 && index < choices(d).size()) {
                        return ItemPropertySource.text(d, choices(d).get(index));
                    }
                    return ItemPropertySource.text(d, value);
                }
            });
            result.add(descriptor);
        }
        return result.toArray(IPropertyDescriptor[]::new);
    }

    private List<?> choices(IItemPropertyDescriptor d) {
        Collection<?> choices = d.getChoiceOfValues(object);
        if (choices == null) {
            return null;
        }
        return choices instanceof List<?> list ? list : new ArrayList<>(choices);
    }

    private static String text(IItemPropertyDescriptor d, Object value) {
        if (value == null) {
            return "";
        }
        IItemLabelProvider labels = d.getLabelProvider(value);
        return labels != null ? labels.getText(value) : String.valueOf(value);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor d = itemDescriptor(id);
        if (d == null) {
            return null;
        }
        Object value = value(d);
        List<?> choices = d.canSetProperty(object) && !d.isMany(object) ? choices(d) : null;
        if (choices != null) {
            return choices.indexOf(value);
        }
        if (d.canSetProperty(object) && !d.isMany(object)) {
            return value == null ? "" : value.toString();
        }
        return value;
    }

    private Object value(IItemPropertyDescriptor d) {
        Object value = d.getPropertyValue(object);
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor d = itemDescriptor(id);
        return d != null && d.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        // no "restore default" in RelSync's properties: every value is the modeler's
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor d = itemDescriptor(id);
        if (d == null || !(d.getFeature(object) instanceof EStructuralFeature feature)) {
            return;
        }
        Object newValue;
        List<?> choices = choices(d);
        if (choices != null) {
            int index = value instanceof Integer i ? i : -1;
            if (index < 0 || index >= choices.size()) {
                return;
            }
            newValue = choices.get(index);
        } else if (feature instanceof EAttribute attribute) {
            String text = value == null ? "" : value.toString();
            if (text.isEmpty() && !attribute.getEAttributeType().getInstanceClass().isPrimitive()
                    && attribute.getEAttributeType().getInstanceClass() != String.class) {
                newValue = null;
            } else {
                try {
                    newValue = EcoreUtil.createFromString(attribute.getEAttributeType(), text);
                } catch (RuntimeException e) {
                    onRefusal.refused("'" + text + "' is not a valid " + d.getDisplayName(object).toLowerCase(java.util.Locale.ROOT));
                    return;
                }
            }
        } else {
            return;
        }
        if (java.util.Objects.equals(newValue, value(d))) {
            return;
        }
        try {
            Command command = session.editor().set(object, feature, newValue);
            session.editor().execute(command);
        } catch (RuntimeException e) { // EditException: the rule's own words
            onRefusal.refused(e.getMessage());
        }
    }
}
