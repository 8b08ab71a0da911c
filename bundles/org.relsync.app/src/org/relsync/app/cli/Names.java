package org.relsync.app.cli;

import picocli.CommandLine.Parameters;

/** The positional arguments most actions take, as picocli mixins: the element's name, and for a rename its new name. */
final class Names {

    private Names() {
    }

    /** {@code NAME}: the element an action is about. */
    static final class One {

        @Parameters(index = "0", paramLabel = "NAME", description = "its name")
        String name;
    }

    /** {@code NAME NEW}: the element, and its new name. */
    static final class Renaming {

        @Parameters(index = "0", paramLabel = "NAME", description = "its name")
        String name;

        @Parameters(index = "1", paramLabel = "NEW", description = "its new name")
        String newName;
    }
}
