package org.relsync.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.relsync.diagram.export.SvgExporter;
import org.relsync.diagram.layout.DiagramLayouter;
import org.relsync.diagram.layout.Layout;
import org.relsync.diagram.render.tests.GeneratedProjects;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.DiagramScope;
import org.relsync.diagram.scene.Scene;
import org.relsync.diagram.scene.SceneBuilder;
import org.relsync.model.project.Project;

/**
 * {@code ./benchmark diagram [TABLES...]}: the table diagram of generated projects (default 100,
 * 1,000 and 2,000 tables; 5,000 on request): scene build, layout and SVG, each the median of five
 * runs after five warm-ups; the SVG's size; the peak heap of one run (the heap pools' peak usage,
 * reset after a full GC); next to DIAGRAM-SPEC's targets, and ELK's default options beside ours.
 */
public final class DiagramBenchmark {

    private DiagramBenchmark() {
    }

    record Run(double build, double layout, double svg, long bytes, int nodes, int edges) {
        double total() {
            return build + layout + svg;
        }
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {100, 1000, 2000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf(Locale.ROOT, "diagram benchmark: %d cores, max heap %d MB, load %.2f%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int perSchema : new int[] {400, Integer.MAX_VALUE, 0}) {
            System.out.println(perSchema == 400 ? "400 tables a schema (a frame each):"
                    : perSchema == 0 ? "dense: one schema, two foreign keys a table to any earlier table (one connected graph):"
                    : "all tables in one schema (one ELK run):");
            table(sizes, perSchema, DiagramKind.TABLES);
        }
        System.out.println("mappings diagram: the 400-a-schema tables reversed to as many entities (twice the nodes; side by side, no ELK from 300 nodes):");
        table(sizes, 400, DiagramKind.MAPPINGS);
        System.out.println("targets at 2,000 tables: ≤ 3.5 s, SVG ≤ 20 MB, heap ≤ 300 MB (DIAGRAM-SPEC section 5)");
    }

    private static void table(int[] sizes, int perSchema, DiagramKind kind) {
        System.out.println("tables  nodes  edges   build   layout     svg   total  target  svg MB  peak heap MB | ELK defaults: layout  total");
        for (int tables : sizes) {
            Project project = perSchema == 0 ? GeneratedProjects.dense(tables, 42)
                    : kind == DiagramKind.MAPPINGS ? GeneratedProjects.mapped(tables, Math.min(perSchema, tables), 42)
                    : GeneratedProjects.tables(tables, Math.min(perSchema, tables), 42);
            DiagramScope scope = DiagramScope.of(kind);
            DiagramLayouter.useElkDefaults(false);
            Run ours = median(project, scope);
            long peak = peakHeap(project, scope);
            // ELK's defaults on a large mapping diagram take minutes (its partitioned run grows with the cube)
            Run defaults = kind == DiagramKind.MAPPINGS && tables > 300 ? null : defaults(project, scope);
            double target = tables <= 100 ? 0.15 : tables <= 1000 ? 1.5 : tables <= 2000 ? 3.5 : Double.NaN;
            System.out.printf(Locale.ROOT, "%6d %6d %6d %6.3fs %7.3fs %6.3fs %6.3fs %6s %7.2f %13d | %20s %6s%n", tables,
                    ours.nodes(), ours.edges(), ours.build(), ours.layout(), ours.svg(), ours.total(),
                    Double.isNaN(target) ? "-" : "≤" + target + "s", ours.bytes() / 1e6, peak, seconds(defaults == null ? null : defaults.layout()),
                    seconds(defaults == null ? null : defaults.total()));
        }
    }

    private static String seconds(Double value) {
        return value == null ? "(minutes)" : String.format(Locale.ROOT, "%.3fs", value);
    }

    private static Run defaults(Project project, DiagramScope scope) {
        DiagramLayouter.useElkDefaults(true);
        try {
            return median(project, scope);
        } finally {
            DiagramLayouter.useElkDefaults(false);
        }
    }

    private static Run once(Project project, DiagramScope scope) {
        long t0 = System.nanoTime();
        Scene scene = SceneBuilder.build(project, scope, null);
        long t1 = System.nanoTime();
        Layout layout = DiagramLayouter.layout(scene);
        long t2 = System.nanoTime();
        byte[] svg = SvgExporter.toSvg(layout).getBytes(StandardCharsets.UTF_8);
        long t3 = System.nanoTime();
        return new Run((t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, svg.length, layout.nodes().size(), layout.edges().size());
    }

    private static Run median(Project project, DiagramScope scope) {
        for (int i = 0; i < 5; i++) { // warm-ups
            once(project, scope);
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            runs.add(once(project, scope));
        }
        runs.sort((a, b) -> Double.compare(a.total(), b.total()));
        return runs.get(2);
    }

    private static long peakHeap(Project project, DiagramScope scope) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        once(project, scope);
        return heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }
}
