package org.relsync.ui.tests;

import java.util.Arrays;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.ui.diagram.DiagramEditor;
import org.relsync.ui.diagram.OpenDiagramHandler;

/**
 * Times the diagram editor as a modeler meets it, in the real workbench window: from Open Diagram to
 * the end of the first paint of the laid-out diagram (not of its "Laying out" notice), and frames of pan or zoom, each a redraw painted at once
 * ({@code Canvas.update}, as the event loop does when the pointer moves).
 */
final class DiagramTiming {

    /** An opened editor and the seconds from the open to the end of its first paint. */
    record Opened(DiagramEditor editor, double firstPaint, double[] phases) {

        /** The first paint and its parts: scene, layout, paint. */
        String describe() {
            return String.format(java.util.Locale.ROOT, "%.3f s (scene %.3f, %s, paint %.3f)", firstPaint, phases[0],
                    phases[3] > 0 ? String.format(java.util.Locale.ROOT, "layout in a job %.3f", phases[3])
                            : String.format(java.util.Locale.ROOT, "layout %.3f", phases[1]), phases[2]);
        }
    }

    /** Frames painted: their count, their median and worst time, frames a second over the whole run. */
    record Frames(int count, double median, double worst, double perSecond) {
    }

    private DiagramTiming() {
    }

    static Opened open(DiagramKind kind) {
        long[] painted = {0};
        double[][] phases = {null};
        long start = System.nanoTime();
        DiagramEditor editor = OpenDiagramHandler.open(Ui.page(), kind);
        Canvas canvas = editor.canvas();
        // the editor's own paint listener was added first: this one runs when the diagram is painted
        canvas.addListener(SWT.Paint, e -> {
            if (painted[0] == 0 && canvas.getClientArea().width > 100 && !editor.layingOut()) {
                painted[0] = System.nanoTime();
                phases[0] = editor.timings();
            }
        });
        canvas.redraw(); // an editor already open is only brought forward
        Ui.waitUntil("the first paint", () -> painted[0] != 0, 60_000);
        return new Opened(editor, (painted[0] - start) / 1e9, phases[0]);
    }

    /** {@code count} frames, frame {@code i} set up by {@code step} then painted at once. */
    static Frames frames(DiagramEditor editor, int count, IntConsumer step) {
        Canvas canvas = editor.canvas();
        int[] paints = {0};
        org.eclipse.swt.widgets.Listener counter = e -> paints[0]++;
        canvas.addListener(SWT.Paint, counter);
        double[] times = new double[count];
        long start = System.nanoTime();
        try {
            for (int i = 0; i < count; i++) {
                long t = System.nanoTime();
                int before = paints[0];
                step.accept(i);
                canvas.redraw();
                canvas.update();
                // GTK paints on its frame clock: the frame is done when the paint event has run
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (paints[0] == before && System.nanoTime() < deadline) {
                    Ui.display().readAndDispatch();
                }
                if (paints[0] == before) {
                    throw new AssertionError("frame " + i + " was not painted within 5 s");
                }
                times[i] = (System.nanoTime() - t) / 1e9;
            }
        } finally {
            canvas.removeListener(SWT.Paint, counter);
        }
        double total = (System.nanoTime() - start) / 1e9;
        Arrays.sort(times);
        return new Frames(count, times[count / 2], times[count - 1], count / total);
    }

    /** Seconds from {@code action} to the end of the first paint after which {@code shown} holds. */
    static double untilPainted(DiagramEditor editor, Runnable action, java.util.function.BooleanSupplier shown) {
        Canvas canvas = editor.canvas();
        long[] painted = {0};
        org.eclipse.swt.widgets.Listener listener = e -> {
            if (painted[0] == 0 && shown.getAsBoolean()) {
                painted[0] = System.nanoTime();
            }
        };
        canvas.addListener(SWT.Paint, listener);
        try {
            long start = System.nanoTime();
            action.run();
            Ui.waitUntil("the change painted", () -> painted[0] != 0, 30_000);
            return (painted[0] - start) / 1e9;
        } finally {
            canvas.removeListener(SWT.Paint, listener);
        }
    }

    /** Pans {@code count} frames, 12 pixels each, right then back. */
    static Frames pan(DiagramEditor editor, int count) {
        double[] origin = editor.origin();
        return frames(editor, count, i -> editor.scrollTo(origin[0] - 12 * (i < count / 2 ? i : count - i), origin[1] - 6 * (i < count / 2 ? i : count - i)));
    }

    /** Zooms {@code count} frames around the canvas' centre, in by 5 % a frame then out. */
    static Frames zoom(DiagramEditor editor, int count) {
        int[] centre = {editor.canvas().getClientArea().width / 2, editor.canvas().getClientArea().height / 2};
        return frames(editor, count, i -> editor.zoomTo(editor.zoom() * (i < count / 2 ? 1.05 : 1 / 1.05), centre));
    }

    static String describe(Frames frames) {
        return String.format(java.util.Locale.ROOT, "%d frames, median %.1f ms, worst %.1f ms, %.0f frames/s", frames.count(),
                frames.median() * 1000, frames.worst() * 1000, frames.perSecond());
    }
}
