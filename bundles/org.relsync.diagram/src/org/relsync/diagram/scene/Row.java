package org.relsync.diagram.scene;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A field of an entity or typed view, or a column of a table or view: its model id, name, type, markers and state. */
public record Row(String id, String name, String type, Set<Marker> markers, SyncState state) {

    public Row {
        // in enum order, whatever the JVM: Set.copyOf would iterate in an order salted per JVM run
        markers = markers.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(markers));
    }
}
