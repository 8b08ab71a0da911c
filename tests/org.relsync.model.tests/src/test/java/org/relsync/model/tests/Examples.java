package org.relsync.model.tests;

import java.nio.file.Path;

/** The sample projects in the repository's examples/ folder. */
final class Examples {

    private Examples() {
    }

    /** A shop: four entities mapped onto an H2 schema, a typed view onto a view of a Database schema. */
    static Path shop() {
        return ModelCodeGenerator.repositoryRoot().resolve("examples/shop/shop.relsync");
    }
}
