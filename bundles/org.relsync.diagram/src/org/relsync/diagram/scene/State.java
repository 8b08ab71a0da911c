package org.relsync.diagram.scene;

/**
 * The sync states an element can show (DIAGRAM-SPEC section 2), the same way in every kind of
 * diagram and export. Each has the CSS class the SVG export gives the element.
 */
public enum State {
    /** Marked for deletion: red outline, name struck through, "will be dropped". */
    MARKED("marked"),
    /** An orphan (nothing in the model backs it): dashed outline and a badge with the orphan action. */
    ORPHAN("orphan"),
    /** An entity or field that no table or column maps onto. */
    UNMAPPED("unmapped"),
    /** A mapping whose target vanished from the database. */
    LOST_MAPPING("lost-mapping"),
    /** Validation errors on the element (counted in {@link SyncState#errors()}). */
    ERROR("error"),
    /** Validation warnings on the element (counted in {@link SyncState#warnings()}). */
    WARNING("warning"),
    /** Created by the last sync. */
    CREATED("created"),
    /** Renamed by the last sync. */
    RENAMED("renamed"),
    /** Changed by the last sync. */
    CHANGED("changed"),
    /** Outside a filter's highlight: drawn faded, for context. */
    FADED("faded");

    private final String cssClass;

    State(String cssClass) {
        this.cssClass = cssClass;
    }

    public String cssClass() {
        return cssClass;
    }
}
