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

    /** The key marker shown before the name: PF (primary and foreign key), PK, FK, ID (identity), U (unique), or "". */
    public String markerLabel() {
        boolean key = markers.contains(Marker.KEY);
        boolean fk = markers.contains(Marker.FOREIGN_KEY);
        if (key && fk) {
            return "PF";
        }
        if (key) {
            return "PK";
        }
        if (fk) {
            return "FK";
        }
        if (markers.contains(Marker.IDENTITY)) {
            return "ID";
        }
        if (markers.contains(Marker.UNIQUE)) {
            return "U";
        }
        return "";
    }
}
