package org.relsync.db.tests;

import java.nio.file.Path;

/** The sample schemas in this module's test resources (see samples/README.md there). */
final class Samples {

    private Samples() {
    }

    static Path file(String sample, String name) {
        return Path.of(System.getProperty("relsync.repo", "../.."))
                .resolve("tests/org.relsync.db.tests/src/test/resources/samples").resolve(sample).resolve(name)
                .toAbsolutePath().normalize();
    }
}
