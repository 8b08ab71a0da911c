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
        IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
        return provider != null ? provider.getText(element) : String.valueOf(element);
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
