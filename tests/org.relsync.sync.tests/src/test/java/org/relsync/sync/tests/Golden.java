package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected outputs in {@code src/test/resources/golden/<TestClass>.<name>}. After
 * a deliberate change of an output, rewrite them with {@code -Drelsync.golden.update=true} and
 * review the diff before committing.
 */
final class Golden {

    private Golden() {
    }

    static void assertMatches(Class<?> test, String name, String actual) {
        Path file = Path.of(System.getProperty("relsync.repo", "../.."))
                .resolve("tests/org.relsync.sync.tests/src/test/resources/golden")
                .resolve(test.getSimpleName() + "." + name);
        try {
            if (Boolean.getBoolean("relsync.golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException("golden file " + file + " (write it with -Drelsync.golden.update=true)", e);
        }
    }
}
