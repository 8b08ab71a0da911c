package org.relsync.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.relsync.model.RelSyncModel;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.io.ProjectResource;
import org.relsync.model.project.Project;

/**
 * What only OSGi can show: the application and the metamodels are contributed through the
 * extension registry, so Eclipse launches `relsync` and any EMF tool in Eclipse opens project files.
 */
class HeadlessApplicationInOsgiTest {

    /** The application as Equinox finds it: by id, through the extension registry. */
    private static IApplication contributedApplication() throws CoreException {
        IExtension extension = Platform.getExtensionRegistry()
                .getExtension("org.eclipse.core.runtime.applications", "org.relsync.app.headless");
        assertNotNull(extension, "application org.relsync.app.headless is contributed");
        IConfigurationElement run = extension.getConfigurationElements()[0].getChildren("run")[0];
        return (IApplication) run.createExecutableExtension("class");
    }

    @Test
    void everyMetamodelIsInEmfsGlobalRegistry() {
        for (EPackage ePackage : RelSyncModel.packages()) {
            assertSame(ePackage, EPackage.Registry.INSTANCE.getEPackage(ePackage.getNsURI()), ePackage.getNsURI());
        }
    }

    @Test
    void anEmfToolWithAPlainResourceSetOpensAProjectFile(@TempDir Path dir) {
        Path file = dir.resolve("tool.relsync");
        ProjectFiles.create(file, "Tool");

        ResourceSet plain = new ResourceSetImpl(); // nothing registered locally: the extension registry decides
        Resource resource = plain.getResource(URI.createFileURI(file.toString()), true);
        assertTrue(resource instanceof ProjectResource, "the .relsync parser is contributed");
        assertEquals("Tool", ((Project) resource.getContents().get(0)).getName());
    }

    @Test
    void theApplicationRunsACommandAndReturnsItsExitCode(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("osgi.relsync");
        Object ok = contributedApplication().start(new Arguments("init", file.toString(), "--name", "InOsgi"));
        assertEquals(IApplication.EXIT_OK, ok);
        assertTrue(Files.isRegularFile(file));
        assertEquals("InOsgi", ProjectFiles.load(file).getName());

        Object refused = contributedApplication().start(new Arguments("init", file.toString()));
        assertEquals(Integer.valueOf(2), refused, "an existing file is bad input");
    }

    /** The launcher's side of the contract: the command-line arguments, nothing else. */
    private record Arguments(String... args) implements IApplicationContext {

        @Override
        public Map<String, Object> getArguments() {
            return Map.of(IApplicationContext.APPLICATION_ARGS, args);
        }

        @Override
        public void applicationRunning() {
        }

        @Override
        public String getBrandingApplication() {
            return null;
        }

        @Override
        public String getBrandingName() {
            return null;
        }

        @Override
        public String getBrandingDescription() {
            return null;
        }

        @Override
        public String getBrandingId() {
            return null;
        }

        @Override
        public String getBrandingProperty(String key) {
            return null;
        }

        @Override
        public Bundle getBrandingBundle() {
            return null;
        }

        @Override
        public void setResult(Object result, IApplication application) {
        }
    }
}
