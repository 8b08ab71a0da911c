package org.relsync.testing;

import java.nio.file.Path;

/** The sample schemas in the database tests' resources ({@code tests/org.relsync.db.tests/src/test/resources/samples}, licenses beside them). */
public final class Samples {

    private Samples() {
    }

    public static Path file(String sample, String name) {
        return Path.of(System.getProperty("relsync.repo", "../.."))
                .resolve("tests/org.relsync.db.tests/src/test/resources/samples").resolve(sample).resolve(name)
                .toAbsolutePath().normalize();
    }
}
