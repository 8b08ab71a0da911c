package org.relsync.diagram.layout;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;

/**
 * ELK's algorithms are found with {@code ServiceLoader}, which does not cross OSGi bundles: the
 * layered algorithm is registered here, once, explicitly (harmless on a plain class path).
 */
final class Elk {

    private static volatile boolean registered;

    private Elk() {
    }

    static void register() {
        if (!registered) {
            synchronized (Elk.class) {
                if (!registered) {
                    LayoutMetaDataService service = LayoutMetaDataService.getInstance();
                    if (service.getAlgorithmData("org.eclipse.elk.layered") == null) {
                        service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
                    }
                    registered = true;
                }
            }
        }
    }
}
