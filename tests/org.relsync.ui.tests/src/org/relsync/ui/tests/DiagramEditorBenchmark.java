package org.relsync.ui.tests;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.diagram.scene.ColumnDetail;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.ui.Commands;
import org.relsync.ui.diagram.DiagramEditor;
import org.relsync.ui.session.ProjectSession;

/**
 * {@code ./benchmark workbench [TABLES...]}: the diagram editor in the real workbench, in a real
 * window (Xvfb), on generated projects ({@link LargeProject}: an H2 database reversed through the
 * CLI; default 1,000 and 2,000 tables). Per size, once the workbench is idle after opening the
 * project (its validation done): the first paint of the tables diagram opened for
 * the first time (a fresh ELK layout, in a job) and opened again (positions stored), the mappings
 * diagram's; frames of pan and zoom at 100 % and at Fit, with all columns and header-only boxes;
 * the heap in use after a full collection with the project and its diagrams open. Not run by the
 * tests (its name is no test's); the figures go to {@code target/benchmark-workbench.txt}.
 */
class DiagramEditorBenchmark {

    @TempDir
    Path dir;

    private final List<String> lines = new ArrayList<>();

    private void print(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        lines.add(line);
    }

    @Test
    void figures() throws IOException {
        String sizes = System.getProperty("relsync.bench.tables", "1000,2000");
        print("workbench diagram benchmark: %d cores, max heap %d MB, load %.2f, display %s",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getenv("DISPLAY"));
        print("%6s %9s %9s %9s | %-34s | %-34s | %-34s | %7s", "tables", "1st open", "reopen", "mappings",
                "pan at 100 % (median / worst, fps)", "zoom around 100 %", "pan at Fit, header-only", "heap MB");
        for (String size : sizes.split(",")) {
            run(Integer.parseInt(size.trim()));
        }
        print("targets (DIAGRAM-SPEC 5, issue 13): first paint <= 0.2 s and >= 30 frames/s at 1,000 tables; >= 30 frames/s at 2,000 header-only; heap <= 300 MB at 2,000");
        Path out = Path.of(System.getProperty("relsync.screenshots", "target/screenshots")).resolveSibling("benchmark-workbench.txt");
        Files.write(out, lines);
    }

    private void run(int tables) {
        Path project = LargeProject.make(dir.resolve("t" + tables), tables);
        if (!Commands.open(Ui.shell(), project)) {
            throw new AssertionError("cannot open " + project);
        }
        Ui.pump(200);
        // a modeler opens a diagram once the project is there: its validation (Errors & Warnings) done,
        // its diagrams prepared (laid out ahead in the background: PreparedLayouts) and the workbench's
        // own preparation after start-up done (LayoutWarmUp, which starts 2 s after the window: sleeping
        // jobs are among those find(null) returns)
        Ui.waitUntil("the workbench idle", () -> org.eclipse.core.runtime.jobs.Job.getJobManager().isIdle()
                && java.util.Arrays.stream(org.eclipse.core.runtime.jobs.Job.getJobManager().find(null))
                        .noneMatch(job -> job.getName().startsWith("Preparing ")), 60_000);
        Ui.pump(200); // the warm-up's last step, on the UI thread
        DiagramTiming.Opened first = DiagramTiming.open(DiagramKind.TABLES);
        Ui.page().closeEditor(first.editor(), false);
        Ui.pump(100);
        DiagramTiming.Opened again = DiagramTiming.open(DiagramKind.TABLES);
        DiagramEditor editor = again.editor();
        editor.zoomTo(1, new int[] {0, 0});
        Ui.pump(50);
        DiagramTiming.Frames pan = DiagramTiming.pan(editor, 60);
        DiagramTiming.Frames zoom = DiagramTiming.zoom(editor, 40);
        editor.viewOptions().setColumns(ColumnDetail.NONE);
        Ui.waitUntil("header-only boxes", () -> !editor.layingOut(), 30_000);
        editor.fit();
        Ui.pump(50);
        DiagramTiming.Frames headers = DiagramTiming.pan(editor, 60);
        Ui.screenshot("benchmark-" + tables + "-fit-header-only");
        editor.viewOptions().setColumns(ColumnDetail.ALL);
        DiagramTiming.Opened mappings = DiagramTiming.open(DiagramKind.MAPPINGS);
        Ui.pump(200);
        // an edit (an entity renamed, one command) until the diagram shows it, and its undo
        ProjectSession session = ProjectSession.current();
        DiagramEditor shown = mappings.editor();
        double edit = DiagramTiming.untilPainted(shown,
                () -> session.commandStack().execute(session.editor().renameEntity("T10", "T10Renamed")),
                () -> shown.layout().scene().nodes().stream().anyMatch(n -> n.name().equals("T10Renamed")));
        double undo = DiagramTiming.untilPainted(shown, () -> session.commandStack().undo(),
                () -> shown.layout().scene().nodes().stream().noneMatch(n -> n.name().equals("T10Renamed")));
        System.gc();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heap = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
        print("%6d tables: first open %s; reopened %s; mappings %s; an entity renamed, until painted: %.3f s, its undo %.3f s",
                tables, first.describe(), again.describe(), mappings.describe(), edit, undo);
        print("%6d %8.3fs %8.3fs %8.3fs | %-34s | %-34s | %-34s | %7d", tables, first.firstPaint(), again.firstPaint(),
                mappings.firstPaint(), frames(pan), frames(zoom), frames(headers), heap);
        Ui.page().closeAllEditors(false);
        ProjectSession.close();
        Ui.pump(200);
    }

    private static String frames(DiagramTiming.Frames frames) {
        return String.format(Locale.ROOT, "%5.1f / %5.1f ms, %4.0f/s", frames.median() * 1000, frames.worst() * 1000,
                frames.perSecond());
    }
}
