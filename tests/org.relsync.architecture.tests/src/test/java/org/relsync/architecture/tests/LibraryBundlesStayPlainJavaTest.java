package org.relsync.architecture.tests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Below the OSGi line (ARCHITECTURE.md) the bundles are plain Java + EMF: they run and are tested
 * without Eclipse, and serve the CLI, the workbench and embedders alike. Checked twice: in the
 * compiled classes, and in the bundle manifests.
 */
class LibraryBundlesStayPlainJavaTest {

    /** The bundles below the line that exist so far; add each new one here and in the pom. */
    static Stream<String> libraryBundles() {
        return Stream.of("org.relsync.model", "org.relsync.sync", "org.relsync.db", "org.relsync.diagram", "org.relsync.live");
    }

    private static final String[] FORBIDDEN_PACKAGES = {
        "org.eclipse.core.runtime..", "org.osgi..", "org.eclipse.swt..", "org.eclipse.jface..", "org.eclipse.ui.."};

    private static final List<String> FORBIDDEN_BUNDLES = List.of(
            "org.eclipse.core.runtime", "org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui", "org.eclipse.osgi");

    @ParameterizedTest
    @MethodSource("libraryBundles")
    void noClassUsesTheEclipseRuntimeOsgiOrTheUi(String bundle) {
        Path classes = repo().resolve("bundles").resolve(bundle).resolve("target/classes");
        assertTrue(Files.isDirectory(classes), "built classes of " + bundle + " at " + classes);
        JavaClasses imported = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(classes);
        assertTrue(imported.size() >= 8, bundle + ": found only " + imported.size() + " classes; the rule would prove nothing");
        noClasses().should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN_PACKAGES)
                .because("bundles below the OSGi line run as plain Java (ARCHITECTURE.md)")
                .check(imported);
    }

    @ParameterizedTest
    @MethodSource("libraryBundles")
    void theManifestRequiresNoEclipseRuntimeOsgiOrUi(String bundle) throws IOException {
        Manifest manifest;
        try (InputStream in = Files.newInputStream(repo().resolve("bundles").resolve(bundle).resolve("META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        List<String> offending = new ArrayList<>();
        for (String header : List.of("Require-Bundle", "Import-Package", "DynamicImport-Package")) {
            String value = manifest.getMainAttributes().getValue(header);
            if (value == null) {
                continue;
            }
            for (String clause : value.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                String name = clause.split(";")[0].strip();
                boolean forbidden = name.startsWith("org.osgi") || name.equals("*")
                        || FORBIDDEN_BUNDLES.stream().anyMatch(f -> name.equals(f) || name.startsWith(f + "."));
                if (forbidden) {
                    offending.add(header + ": " + name);
                }
            }
        }
        assertEquals(List.of(), offending, bundle + " must stay below the OSGi line");
    }

    private static Path repo() {
        return Path.of(System.getProperty("relsync.repo", "../..")).toAbsolutePath().normalize();
    }
}
