package org.relsync.ui.diagram;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.relsync.diagram.export.DiagramExport;
import org.relsync.diagram.layout.Layout;
import org.relsync.model.io.ProjectFiles;

/**
 * Export SVG / PNG from the diagram editor: the diagram as it is shown (its scope with the
 * editor's columns and filter, the positions it has now) through the command line's renderer
 * ({@link DiagramExport#render}: {@code SvgExporter}, {@code PngExporter}), written atomically. The
 * same scope and stored layout give the bytes {@code relsync diagram} writes.
 */
final class DiagramExportAction {

    private DiagramExportAction() {
    }

    /** Asks where (a FileDialog, the kind of file by its extension) and writes the picture there. */
    static void run(Shell shell, Layout layout, String suggestedName) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export Diagram");
        dialog.setFilterExtensions(new String[] {"*.svg", "*.png"});
        dialog.setFilterNames(new String[] {"SVG (*.svg)", "PNG (*.png)"});
        dialog.setFileName(suggestedName + ".svg");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path output = Path.of(chosen);
        if (!DiagramExport.supported(output)) {
            // the filter chosen names the kind when the name has no extension of its own
            output = Path.of(chosen + (dialog.getFilterIndex() == 1 ? ".png" : ".svg"));
        }
        Path target = output;
        try {
            BusyIndicator.showWhile(shell.getDisplay(), () -> write(layout, target));
        } catch (RuntimeException e) {
            MessageDialog.openError(shell, "Export Diagram", "Cannot write " + target + ": " + e.getMessage());
        }
    }

    /**
     * Writes {@code layout} to {@code output} ({@code .svg} or {@code .png}), atomically.
     *
     * @throws IllegalArgumentException for another extension
     */
    static void write(Layout layout, Path output) {
        if (!DiagramExport.supported(output)) {
            throw new IllegalArgumentException(output.getFileName() + ": the file must end in .svg or .png");
        }
        ProjectFiles.writeAtomically(output, DiagramExport.render(layout, output));
    }

    static String suggestedName(Path projectFile, String kind) {
        String name = projectFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-" + kind.toLowerCase(Locale.ROOT);
    }
}
