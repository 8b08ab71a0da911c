package org.relsync.sync.report;

import java.util.Objects;

/**
 * One change a sync run made.
 *
 * @param kind        what happened
 * @param scope       where: a schema path ({@code main/SHOP/PUBLIC}), {@code entity model} or
 *                    {@code mappings main}
 * @param elementKind the element's kind (its EClass name)
 * @param path        the element's path within the scope, e.g. {@code Order.CustomerId}
 * @param detail      old → new values for changes and renames, or what was created; may be empty
 */
public record Change(ChangeKind kind, String scope, String elementKind, String path, String detail) {

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(elementKind, "elementKind");
        Objects.requireNonNull(path, "path");
        detail = detail == null ? "" : detail;
    }
}
