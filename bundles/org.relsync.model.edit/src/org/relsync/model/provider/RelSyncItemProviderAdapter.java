package org.relsync.model.provider;

import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.relsync.model.Redaction;
import org.relsync.model.relational.RelationalPackage;

/**
 * The root of RelSync's item providers (the genmodel's provider root class, which the generated
 * {@code ElementItemProvider} extends): what every item provider does beyond EMF's defaults.
 * <p>
 * A property whose value may hold credentials, a database's JDBC URL, is labelled through
 * {@link Redaction}: a project file may come from anyone, and an explorer or a property sheet must
 * not show a password its URL holds. The value itself is not changed.
 */
public class RelSyncItemProviderAdapter extends ItemProviderAdapter {

    /** The features whose values are shown redacted. */
    private static final Set<EStructuralFeature> REDACTED = Set.of(RelationalPackage.Literals.DATABASE__URL);

    public RelSyncItemProviderAdapter(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    /** The descriptor the generated providers ask for, with redacted labels for {@link #REDACTED} features. */
    @Override
    protected ItemPropertyDescriptor createItemPropertyDescriptor(AdapterFactory adapterFactory,
            ResourceLocator resourceLocator, String displayName, String description, EStructuralFeature feature,
            boolean isSettable, boolean multiLine, boolean sortChoices, Object staticImage, String category,
            String[] filterFlags) {
        if (!REDACTED.contains(feature)) {
            return super.createItemPropertyDescriptor(adapterFactory, resourceLocator, displayName, description, feature,
                    isSettable, multiLine, sortChoices, staticImage, category, filterFlags);
        }
        return new ItemPropertyDescriptor(adapterFactory, resourceLocator, displayName, description, feature, isSettable,
                multiLine, sortChoices, staticImage, category, filterFlags) {
            @Override
            public IItemLabelProvider getLabelProvider(Object object) {
                IItemLabelProvider labels = super.getLabelProvider(object);
                return new IItemLabelProvider() {
                    @Override
                    public String getText(Object value) {
                        return Redaction.redact(labels.getText(value));
                    }

                    @Override
                    public Object getImage(Object value) {
                        return labels.getImage(value);
                    }
                };
            }
        };
    }
}
