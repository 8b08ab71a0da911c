package org.relsync.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The bundles build against releng/org.relsync.target; these plain-Java tests run on the parent
 * pom's versions. Both must name the same releases, or the tests would test something else.
 */
class TargetPlatformVersionsTest {

    @ParameterizedTest
    @CsvSource({
        "org.eclipse.emf.common, emf.common.version",
        "org.eclipse.emf.ecore, emf.ecore.version",
        "org.eclipse.emf.ecore.xmi, emf.ecore.xmi.version",
        "org.eclipse.emf.edit, emf.edit.version",
        "org.eclipse.emf.codegen.ecore, emf.codegen.ecore.version",
        "junit-jupiter-api, junit.version",
        "picocli, picocli.version",
        "gson, gson.version",
        "org.eclipse.elk.core, elk.version",
        "org.eclipse.elk.alg.layered, elk.version",
        "guava, guava.version",
        "failureaccess, failureaccess.version",
        "org.eclipse.xtext.xbase.lib, xbase.lib.version"})
    void theTestClassPathUsesTheTargetsVersion(String artifactId, String property) throws Exception {
        String pomVersion = System.getProperty(property);
        assertNotNull(pomVersion, property + " is passed by the pom's surefire configuration");
        assertEquals(targetVersions().get(artifactId), pomVersion, artifactId);
    }

    private static Map<String, String> targetVersions() throws Exception {
        Path target = ModelCodeGenerator.repositoryRoot().resolve("releng/org.relsync.target/org.relsync.target");
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(target.toFile());
        NodeList dependencies = document.getElementsByTagName("dependency");
        Map<String, String> versions = new HashMap<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            versions.put(text(dependency, "artifactId"), text(dependency, "version"));
        }
        return versions;
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
    }
}
