package org.relsync.app.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Monitor;

/**
 * Progress on standard error while a long command runs (reading a database, each step of a sync),
 * as one line rewritten in place with the seconds so far; only when standard error is a terminal,
 * so scripts and CI logs stay quiet. The line is cleared when the command is done.
 */
final class TerminalProgress extends BasicMonitor {

    private final PrintStream err;
    private final long start = System.nanoTime();
    private boolean shown;

    private TerminalProgress(PrintStream err) {
        this.err = err;
    }

    /** A monitor that shows progress on the command's standard error when that is a terminal, else one that says nothing. */
    static Monitor of(CliContext cli) {
        return cli.errIsTerminal() ? new TerminalProgress(cli.err()) : new BasicMonitor();
    }

    @Override
    public void beginTask(String name, int totalWork) {
        super.beginTask(name, totalWork);
        show(name);
    }

    @Override
    public void subTask(String name) {
        super.subTask(name);
        show(name);
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

    private void show(String what) {
        if (what == null || what.isBlank()) {
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String line = String.format("relsync: %s ... %.1f s", what, seconds);
        err.print("\r\033[K" + (line.length() > 100 ? line.substring(0, 100) : line));
        err.flush();
        shown = true;
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
