package org.relsync.app.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Monitor;

/**
 * Progress on standard error while a long command runs, as one line rewritten in place: the task,
 * a bar with its count of steps done when the task says how many it has, the step under way (with
 * its own counts, as the engine gives them: "Reading bench: 5,000 tables") and the seconds so far:
 * <pre>
 * relsync: Syncing bench [######------]  5/10  adjust keys in bench  2.4 s
 * </pre>
 * Only when standard error is a terminal, so scripts and CI logs stay quiet; cleared when the
 * command is done. Fed through EMF's {@link Monitor}, as the engine reports to any monitor (the
 * workbench gives its progress monitor the same calls).
 */
final class TerminalProgress extends BasicMonitor {

    private static final int BAR = 16;
    private static final int WIDTH = 100;

    private final PrintStream err;
    private final long start = System.nanoTime();
    private String task = "";
    private String step = "";
    private int total = UNKNOWN;
    private double done;
    private boolean shown;
    private long lastShown;

    TerminalProgress(PrintStream err) {
        this.err = err;
    }

    /** A monitor that shows progress on the command's standard error when that is a terminal, else one that says nothing. */
    static Monitor of(CliContext cli) {
        return cli.errIsTerminal() ? new TerminalProgress(cli.err()) : new BasicMonitor();
    }

    /** A task: a new one starts its count again. */
    @Override
    public void beginTask(String name, int totalWork) {
        super.beginTask(name, totalWork);
        task = name == null ? "" : name;
        step = "";
        total = totalWork;
        done = 0;
        show();
    }

    @Override
    public void setTaskName(String name) {
        super.setTaskName(name);
        task = name == null ? "" : name;
        show();
    }

    @Override
    public void subTask(String name) {
        super.subTask(name);
        step = name == null ? "" : name;
        show();
    }

    @Override
    public void worked(int work) {
        internalWorked(work); // EMF's BasicMonitor keeps the two apart
    }

    @Override
    public void internalWorked(double work) {
        super.internalWorked(work);
        done += work;
        if (System.nanoTime() - lastShown > 100_000_000L) { // a step done per table: at most ten lines a second
            show();
        }
    }

    @Override
    public void done() {
        super.done();
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }

    /** The line as shown (without the control characters that rewrite it). */
    String line() {
        StringBuilder line = new StringBuilder("relsync: ").append(task);
        if (total > 0) {
            int steps = (int) Math.min(total, Math.floor(done + 1e-9));
            int filled = (int) Math.round((double) BAR * steps / total);
            line.append(task.isEmpty() ? "" : " ").append('[').append("#".repeat(filled)).append("-".repeat(BAR - filled))
                    .append(']').append(String.format(" %" + String.valueOf(total).length() + "d/%d", steps, total));
        }
        if (!step.isBlank()) {
            line.append(line.length() > "relsync: ".length() ? "  " : "").append(step);
        }
        String seconds = String.format("  %.1f s", (System.nanoTime() - start) / 1e9);
        if (line.length() + seconds.length() > WIDTH) {
            line.setLength(Math.max(0, WIDTH - seconds.length() - 3));
            line.append("...");
        }
        return line.append(seconds).toString();
    }

    private void show() {
        if (task.isBlank() && step.isBlank()) {
            return;
        }
        err.print("\r\033[K" + line());
        err.flush();
        shown = true;
        lastShown = System.nanoTime();
    }

    /**
     * Whether standard error reaches a person: on Linux, whether descriptor 2 is a terminal device
     * (standard output may well go to a file: {@code relsync sync p.relsync > report.txt});
     * elsewhere, whether Java sees a console that is a terminal. Never with {@code TERM=dumb}.
     */
    static boolean isTerminal(String term) {
        if ("dumb".equals(term)) {
            return false;
        }
        try {
            String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            Console console = System.console();
            try {
                return console != null && (Boolean) Console.class.getMethod("isTerminal").invoke(console);
            } catch (ReflectiveOperationException old) {
                return console != null; // before Java 22 a console exists only for a terminal
            }
        }
    }
}
