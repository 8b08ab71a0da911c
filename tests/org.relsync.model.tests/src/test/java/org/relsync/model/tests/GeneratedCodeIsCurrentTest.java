package org.relsync.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed genmodel and generated code are exactly what EMF's generator makes of the
 * committed .ecore files with RelSync's generator settings.
 * <p>
 * After changing an .ecore file, regenerate with
 * the command in the README ("Changing the metamodels"): with {@code -Drelsync.regenerate=true}
 * the test copies the generated files into the bundles instead of only comparing.
 */
class GeneratedCodeIsCurrentTest {

    @Test
    void srcGenMatchesTheGenModel(@TempDir Path scratch) throws IOException {
        Path repo = ModelCodeGenerator.repositoryRoot();
        boolean regenerate = Boolean.getBoolean("relsync.regenerate");
        ModelCodeGenerator.generate(repo, scratch);

        List<String> differences = new ArrayList<>();
        for (String bundle : ModelCodeGenerator.GENERATED.keySet()) {
            Path committed = repo.resolve("bundles").resolve(bundle);
            Path fresh = scratch.resolve(bundle);
            if (regenerate) {
                for (String owned : ModelCodeGenerator.GENERATED.get(bundle)) {
                    if (Files.isDirectory(committed.resolve(owned))) {
                        ModelCodeGenerator.deleteTree(committed.resolve(owned));
                    }
                }
                for (Path file : ModelCodeGenerator.generatedFiles(fresh, bundle)) {
                    Files.createDirectories(committed.resolve(file).getParent());
                    Files.copy(fresh.resolve(file), committed.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            List<Path> expected = ModelCodeGenerator.generatedFiles(fresh, bundle);
            List<Path> actual = ModelCodeGenerator.generatedFiles(committed, bundle);
            assertTrue(expected.size() > 10, bundle + ": the generator produced almost nothing: " + expected);
            for (Path file : expected) {
                if (!actual.contains(file)) {
                    differences.add(bundle + "/" + file + " is generated but not committed");
                } else if (Files.mismatch(fresh.resolve(file), committed.resolve(file)) != -1) {
                    differences.add(bundle + "/" + file + " differs from what the generator makes");
                }
            }
            for (Path file : actual) {
                if (!expected.contains(file)) {
                    differences.add(bundle + "/" + file + " is committed but no longer generated");
                }
            }
        }
        assertEquals(List.of(), differences,
                "generated files are out of date with the .ecore files; regenerate (README, 'Changing the metamodels')");
    }
}
