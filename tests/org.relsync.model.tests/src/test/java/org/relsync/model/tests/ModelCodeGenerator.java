package org.relsync.model.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's code generator stand-alone (no Eclipse, no OSGi) on the committed genmodel.
 * <p>
 * Generation always happens in a scratch copy of the two bundles, so the generator's own
 * MANIFEST/plugin.xml/build.properties output never touches the hand-kept ones; only the
 * generated artefacts listed in {@link #GENERATED} are compared or copied back.
 */
final class ModelCodeGenerator {

    static final String MODEL_BUNDLE = "org.relsync.model";
    static final String EDIT_BUNDLE = "org.relsync.model.edit";
    static final String GENMODEL = "model/relsync.genmodel";

    /** What the generator owns, per bundle: everything below these paths is generated. */
    static final Map<String, List<String>> GENERATED = Map.of(
            MODEL_BUNDLE, List.of("src-gen", GENMODEL),
            EDIT_BUNDLE, List.of("src-gen", "icons", "plugin.properties"));

    private static final List<String> PACKAGES = List.of("common", "entity", "relational", "mapping", "project");

    private ModelCodeGenerator() {
    }

    /** The repository root, found from the test's working directory. */
    static Path repositoryRoot() {
        String given = System.getProperty("relsync.repo");
        if (given != null) {
            return Path.of(given).toAbsolutePath();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("bundles/" + MODEL_BUNDLE + "/model"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /**
     * Makes the genmodel from the .ecore files under {@code repo}, and from it the model and edit
     * code, all in {@code scratch} (which receives {@code org.relsync.model/} and
     * {@code org.relsync.model.edit/}). The genmodel's settings live in {@link #createGenModel}, so a
     * new class or feature in an .ecore file needs no hand edit of the genmodel.
     */
    static void generate(Path repo, Path scratch) throws IOException {
        Path modelDir = scratch.resolve(MODEL_BUNDLE);
        Files.createDirectories(modelDir.resolve("model"));
        for (String name : PACKAGES) {
            Files.copy(repo.resolve("bundles").resolve(MODEL_BUNDLE).resolve("model").resolve(name + ".ecore"),
                    modelDir.resolve("model").resolve(name + ".ecore"));
        }
        Files.createDirectories(scratch.resolve(EDIT_BUNDLE));
        createGenModel(modelDir);

        EcorePlugin.getPlatformResourceMap().put(MODEL_BUNDLE, URI.createFileURI(modelDir + "/"));
        EcorePlugin.getPlatformResourceMap().put(EDIT_BUNDLE, URI.createFileURI(scratch.resolve(EDIT_BUNDLE) + "/"));
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        ResourceSet resourceSet = newResourceSet();
        URI genModelUri = URI.createPlatformResourceURI(MODEL_BUNDLE + "/" + GENMODEL, true);
        GenModel genModel = (GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);

        Generator generator = new Generator();
        generator.setInput(genModel);
        check(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor()));
        check(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor()));
    }

    /** Writes the genmodel for the .ecore files in {@code modelDir/model}: RelSync's generator settings. */
    static void createGenModel(Path modelDir) throws IOException {
        EcorePlugin.getPlatformResourceMap().put(MODEL_BUNDLE, URI.createFileURI(modelDir + "/"));
        ResourceSet resourceSet = newResourceSet();
        List<EPackage> packages = new ArrayList<>();
        for (String name : PACKAGES) {
            URI uri = URI.createPlatformResourceURI(MODEL_BUNDLE + "/model/" + name + ".ecore", true);
            packages.add((EPackage) resourceSet.getResource(uri, true).getContents().get(0));
        }
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(packages);
        genModel.setModelName("RelSync");
        genModel.setModelPluginID(MODEL_BUNDLE);
        genModel.setEditPluginID(EDIT_BUNDLE);
        genModel.setModelDirectory("/" + MODEL_BUNDLE + "/src-gen");
        genModel.setEditDirectory("/" + EDIT_BUNDLE + "/src-gen");
        genModel.setEditPluginClass("org.relsync.model.provider.RelSyncEditPlugin");
        genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
        genModel.setCopyrightText("Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.setOperationReflection(true);
        genModel.setImportOrganizing(true);
        genModel.setCodeFormatting(false);
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        // hand-written in the edit bundle's src/: what every item provider does beyond EMF's defaults
        genModel.setProviderRootExtendsClass("org.relsync.model.provider.RelSyncItemProviderAdapter");
        genModel.setCreationIcons(false);
        genModel.setSuppressInterfaces(false);
        genModel.getForeignModel().addAll(PACKAGES.stream().map(p -> p + ".ecore").toList());
        for (GenPackage genPackage : genModel.getGenPackages()) {
            String name = genPackage.getEcorePackage().getName();
            genPackage.setBasePackage("org.relsync.model");
            genPackage.setPrefix(Character.toUpperCase(name.charAt(0)) + name.substring(1));
            genPackage.setDisposableProviderFactory(true);
        }
        Resource resource = resourceSet.createResource(
                URI.createPlatformResourceURI(MODEL_BUNDLE + "/" + GENMODEL, true));
        resource.getContents().add(genModel);
        resource.save(Map.of());
    }

    private static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        return resourceSet;
    }

    private static void check(Diagnostic diagnostic) {
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException("EMF code generation failed: " + diagnostic);
        }
    }

    /** Every regular file under the generated paths of one bundle, relative to the bundle folder. */
    static List<Path> generatedFiles(Path bundleDir, String bundle) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String owned : GENERATED.get(bundle)) {
            Path path = bundleDir.resolve(owned);
            if (Files.isRegularFile(path)) {
                files.add(bundleDir.relativize(path));
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).map(bundleDir::relativize).forEach(files::add);
                }
            }
        }
        files.sort(Comparator.comparing(Path::toString));
        return files;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
