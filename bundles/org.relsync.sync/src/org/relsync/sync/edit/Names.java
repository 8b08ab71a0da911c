package org.relsync.sync.edit;

/** The rules every name a modeler gives (entity, field, relationship, constraint, typed view) follows. */
final class Names {

    private Names() {
    }

    static void check(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new EditException("the " + what + " name must not be empty");
        }
        if (!name.strip().equals(name)) {
            throw new EditException("the " + what + " name '" + name + "' has leading or trailing spaces");
        }
        if (name.indexOf('.') >= 0) {
            throw new EditException("the " + what + " name '" + name + "' contains a dot; names are addressed as "
                    + "ENTITY.FIELD, so a dot cannot be part of one");
        }
        // control characters, line breaks and the bidirectional overrides that make text read otherwise than it is
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))) {
            throw new EditException("the " + what + " name '" + name.replaceAll("[\\p{Cntrl}\\u2028-\\u202E\\u2066-\\u2069]", "?")
                    + "' contains a control character, a line break or a direction override");
        }
    }
}
