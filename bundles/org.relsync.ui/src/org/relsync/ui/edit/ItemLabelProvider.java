package org.relsync.ui.edit;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Labels and icons from EMF.Edit item providers. Icons come as URLs (the edit bundle's
 * {@code icons/full/obj16}); each is made into an SWT image once and kept until disposal.
 */
public class ItemLabelProvider extends LabelProvider {

    private final AdapterFactory factory;
    private final Map<Object, Image> images = new HashMap<>();

    public ItemLabelProvider(AdapterFactory factory) {
        this.factory = factory;
    }

    @Override
    public String getText(Object element) {
        // elements without a name of their own: a label a modeler reads, not their id
        if (element instanceof org.relsync.model.mapping.DatabaseMapping mapping) {
            return "Mappings to database " + (mapping.getDatabase() == null ? "?" : mapping.getDatabase().getName());
        }
        if (element instanceof org.relsync.model.project.ProjectSettings) {
            return "Settings";
        }
        if (element instanceof org.relsync.model.relational.Database database
                && database.eContainingFeature() == org.relsync.model.relational.RelationalPackage.Literals.DATABASE__BASELINE) {
            return "Baseline of the last DDL apply"; // not a second database
        }
        if (element instanceof org.relsync.model.relational.Schema schema && schema.getSyncSource() != null) {
            IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
            return (provider != null ? provider.getText(element) : schema.getName()) + "  (" + schema.getSyncSource().getLiteral() + ")";
        }
        String mapping = mappingLabel(element);
        if (mapping != null) {
            return mapping;
        }
        IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
        return provider != null ? provider.getText(element) : String.valueOf(element);
    }

    /** A mapping as what it maps onto what: "Entity Mapping Customer → CUSTOMER". */
    private static String mappingLabel(Object element) {
        if (element instanceof org.relsync.model.mapping.EntityMapping m) {
            return "Entity Mapping " + name(m.getEntity()) + " \u2192 " + name(m.getTarget());
        } else if (element instanceof org.relsync.model.mapping.FieldMapping m) {
            return "Field Mapping " + name(m.getField()) + " \u2192 " + name(m.getTarget());
        } else if (element instanceof org.relsync.model.mapping.RelationshipMapping m) {
            return "Relationship Mapping " + name(m.getRelationship()) + " \u2192 "
                    + name(m.getTarget() != null ? m.getTarget() : m.getLinkTable());
        } else if (element instanceof org.relsync.model.mapping.TypedViewMapping m) {
            return "Typed View Mapping " + name(m.getTypedView()) + " \u2192 " + name(m.getTarget());
        } else if (element instanceof org.relsync.model.mapping.TypedViewFieldMapping m) {
            return "Field Mapping " + name(m.getField()) + " \u2192 " + name(m.getTarget());
        } else if (element instanceof org.relsync.model.mapping.UniqueConstraintMapping m) {
            return "Unique Constraint Mapping " + name(m.getConstraint()) + " \u2192 " + name(m.getTarget());
        }
        return null;
    }

    private static String name(Object element) {
        return element instanceof org.relsync.model.common.NamedElement named && named.getName() != null ? named.getName() : "?";
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
        return provider == null ? null : image(provider.getImage(element));
    }

    /** The SWT image of an item provider's image object (a URL), made once. */
    protected Image image(Object key) {
        if (key == null) {
            return null;
        }
        return images.computeIfAbsent(key, k -> {
            try {
                URL url = k instanceof URL u ? u : new URL(k.toString());
                return ImageDescriptor.createFromURL(url).createImage(false);
            } catch (java.net.MalformedURLException | RuntimeException e) {
                return null;
            }
        });
    }

    @Override
    public void dispose() {
        images.values().stream().filter(i -> i != null && !i.isDisposed()).forEach(Image::dispose);
        images.clear();
        super.dispose();
    }
}
