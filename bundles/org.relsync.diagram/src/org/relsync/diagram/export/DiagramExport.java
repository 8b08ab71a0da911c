package org.relsync.diagram.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.relsync.diagram.layout.DiagramLayouter;
import org.relsync.diagram.layout.Layout;
import org.relsync.diagram.layout.StoredLayout;
import org.relsync.diagram.scene.DiagramScope;
import org.relsync.diagram.scene.Scene;
import org.relsync.diagram.scene.SceneBuilder;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.sync.dialect.DialectRegistry;
import org.relsync.sync.report.ChangeReport;

/**
 * One diagram from a project to a file, the way the command line and the demo make it: the scene
 * ({@link SceneBuilder}), its layout keeping what the project's stored layout holds (and storing
 * the result beside the project), then SVG or PNG by the output's extension, written atomically.
 */
public final class DiagramExport {

    /** What was written. */
    public record Result(Path output, Path layoutFile, int nodes, int edges, long bytes, double width, double height) {
    }

    private DiagramExport() {
    }

    /** Whether {@code output} names a file this can write ({@code .svg} or {@code .png}). */
    public static boolean supported(Path output) {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".svg") || name.endsWith(".png");
    }

    /**
     * Writes the diagram of {@code scope} in {@code project} (loaded from {@code projectFile}) to
     * {@code output}; {@code layoutAll}: a fresh layout whatever is stored.
     *
     * @throws IllegalArgumentException on a scope the project does not fit, an unsupported output
     *                                  or a broken stored layout
     */
    public static Result write(Project project, Path projectFile, DiagramScope scope, ChangeReport lastSync,
            DialectRegistry dialects, Path output, boolean layoutAll) {
        if (!supported(output)) {
            throw new IllegalArgumentException("-o " + output.getFileName() + ": the file must end in .svg or .png");
        }
        Path layoutFile = StoredLayout.sidecar(projectFile);
        StoredLayout stored = StoredLayout.load(layoutFile);
        stored.follow(project); // the names of renamed entities in the saved diagrams, positions kept
        Layout layout = layout(project, scope, lastSync, dialects, stored, layoutAll);
        byte[] bytes = render(layout, output);
        ProjectFiles.writeAtomically(output, bytes);
        stored.put(scope.layoutKey(), layout);
        stored.save(layoutFile);
        return new Result(output, layoutFile, layout.nodes().size(), layout.edges().size(), bytes.length, layout.width(),
                layout.height());
    }

    /**
     * The scene of {@code scope} in {@code project} laid out keeping what {@code stored} holds for it
     * ({@code layoutAll}: afresh): what {@link #write} draws, and what the workbench's diagram editor
     * shows. Nothing is written; the caller puts the result into {@code stored} if it keeps it.
     */
    public static Layout layout(Project project, DiagramScope scope, ChangeReport lastSync, DialectRegistry dialects,
            StoredLayout stored, boolean layoutAll) {
        return layout(scene(project, scope, lastSync, dialects), stored.diagram(scope.layoutKey()), layoutAll);
    }

    /** The scene of {@code scope} in {@code project}: the first half of {@link #layout}, the half that reads the model. */
    public static Scene scene(Project project, DiagramScope scope, ChangeReport lastSync, DialectRegistry dialects) {
        return SceneBuilder.build(project, scope, lastSync, dialects);
    }

    /** As {@link #scene(Project, DiagramScope, ChangeReport, DialectRegistry)} with the findings of a validation already made. */
    public static Scene scene(Project project, DiagramScope scope, ChangeReport lastSync, DialectRegistry dialects,
            java.util.List<org.relsync.sync.validation.Validation.Finding> findings) {
        return SceneBuilder.build(project, scope, lastSync, dialects, findings);
    }

    /**
     * The second half of {@link #layout}: {@code scene} laid out keeping what {@code stored} holds
     * ({@code null}: nothing; {@code layoutAll}: afresh). It reads no model, so it may run on any
     * thread while the model changes.
     */
    public static Layout layout(Scene scene, StoredLayout.Diagram stored, boolean layoutAll) {
        return DiagramLayouter.layout(scene, stored, layoutAll ? DiagramLayouter.Mode.ALL : DiagramLayouter.Mode.KEEP);
    }

    /** Whether laying {@code scene} out keeping {@code stored} needs a fresh automatic layout of many boxes (not instant). */
    public static boolean slow(Scene scene, StoredLayout.Diagram stored, boolean layoutAll) {
        return DiagramLayouter.fresh(scene, stored, layoutAll ? DiagramLayouter.Mode.ALL : DiagramLayouter.Mode.KEEP) >= SLOW;
    }

    /** From this many boxes laid out afresh, the workbench lays out off the UI thread. */
    static final int SLOW = 150;

    /** The bytes of {@code layout} as the kind of file {@code output} names. */
    public static byte[] render(Layout layout, Path output) {
        if (output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            try {
                PngExporter.write(layout, 2, PngExporter.MAX_PIXELS, png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return png.toByteArray();
        }
        return SvgExporter.toSvg(layout).getBytes(StandardCharsets.UTF_8);
    }
}
