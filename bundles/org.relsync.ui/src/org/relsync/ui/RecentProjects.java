package org.relsync.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** The projects opened last, newest first, kept in the workbench's preferences. */
public final class RecentProjects {

    private static final int MAX = 8;
    private static final String KEY = "recentProjects";

    private RecentProjects() {
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode("org.relsync.ui");
    }

    public static List<Path> list() {
        List<Path> result = new ArrayList<>();
        for (String line : node().get(KEY, "").split("\n")) {
            if (!line.isBlank()) {
                result.add(Path.of(line));
            }
        }
        return result;
    }

    public static void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> list = list();
        list.remove(absolute);
        list.add(0, absolute);
        while (list.size() > MAX) {
            list.remove(list.size() - 1);
        }
        node().put(KEY, String.join("\n", list.stream().map(Path::toString).toList()));
        try {
            node().flush();
        } catch (BackingStoreException e) {
            // the list is a convenience: losing it is no reason to bother the user
        }
    }
}
