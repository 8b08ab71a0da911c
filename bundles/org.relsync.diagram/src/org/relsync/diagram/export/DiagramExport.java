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
        Scene scene = SceneBuilder.build(project, scope, lastSync, dialects);
        return DiagramLayouter.layout(scene, stored.diagram(scope.layoutKey()),
                layoutAll ? DiagramLayouter.Mode.ALL : DiagramLayouter.Mode.KEEP);
    }

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
