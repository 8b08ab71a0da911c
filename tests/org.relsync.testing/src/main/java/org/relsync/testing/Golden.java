package org.relsync.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected outputs in {@code src/test/resources/golden/} of the module whose tests
 * run. After a deliberate change of an output, rewrite them with
 * {@code -Drelsync.golden.update=true} and review the diff before committing.
 */
public final class Golden {

    private Golden() {
    }

    /** {@code actual} is the content of golden file {@code <test's simple name>.<name>}. */
    public static void assertMatches(Class<?> test, String name, String actual) {
        assertMatches(test.getSimpleName() + "." + name, actual);
    }

    /** {@code actual} is the content of golden file {@code name} (a path below the golden folder). */
    public static void assertMatches(String name, String actual) {
        // Surefire runs the tests in the module's folder and names it in basedir
        Path file = Path.of(System.getProperty("basedir", "")).resolve("src/test/resources/golden").resolve(name);
        try {
            if (Boolean.getBoolean("relsync.golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + name);
        } catch (IOException e) {
            throw new UncheckedIOException("golden file " + file + " (write it with -Drelsync.golden.update=true)", e);
        }
    }
}
