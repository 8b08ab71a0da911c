package org.relsync.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.DatabaseKinds;
import org.relsync.live.Event;
import org.relsync.live.EventLog;
import org.relsync.live.EventServer;
import org.relsync.live.EventServerOptions;
import org.relsync.live.SchemaWatcher;
import org.relsync.live.WatchListener;
import org.relsync.live.WatchOptions;
import org.relsync.model.io.PendingFiles;
import org.relsync.model.io.ProjectLock;
import org.relsync.sync.ProjectSync;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.report.Change;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.Problem.Severity;
import org.relsync.sync.report.ReportWriter;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code relsync watch <file> [--interval MS] [--install-trigger] [--port N --token-env VAR [--bind ADDR]]}: a
 * sync, then the project follows its databases until Ctrl-C (LIVE-SPEC section 1), and, with
 * {@code --port}, its events are served as a WebSocket stream ({@link EventServer}, section 3). The watcher runs on a thread of its own, which nothing
 * interrupts (an interrupted file channel would fail a save): the command's thread, interrupted,
 * or a signal's shutdown hook, asks it to stop and waits for it.
 */
@CommandLine.Command(name = "watch",
        customSynopsis = "watch <file> [--interval MS] [--install-trigger] [--port N --token-env VAR [--bind ADDR]]",
        description = "sync, then keep the project in sync with its databases as their schemas change, a line per "
                + "change, until Ctrl-C (exit 0); with --port, serve the events at ws://ADDR:N/events "
                + "(relsync events reads them)")
final class WatchCommand implements Command {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    /** Events kept for subscribers that resume ({@code since}); as many as each subscriber's queue holds. */
    private static final int KEPT_EVENTS = 1024;

    private final Connections connections;

    @Parameters(paramLabel = "<file>", description = "the project file")
    String file;

    @Option(names = "--interval", paramLabel = "MS", description = "how often each database's catalog is looked at, "
            + "in milliseconds (default 250)")
    long interval = WatchOptions.DEFAULT_INTERVAL.toMillis();

    @Option(names = "--install-trigger", description = "install PostgreSQL's event trigger first (as a superuser), "
            + "which notifies each schema change; without it, or without the rights, the database is polled")
    boolean installTrigger;

    @Option(names = "--port", paramLabel = "N", description = "serve the events on this TCP port (0: a free one) at "
            + "ws://ADDR:N/events; needs --token-env")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDR", description = "the address the event stream listens on (default "
            + "127.0.0.1); beyond this machine, put a reverse proxy with TLS in front")
    String bind;

    @Option(names = "--token-env", paramLabel = "VAR", description = "the environment variable with the token every "
            + "subscriber presents (Authorization: Bearer TOKEN); required with --port")
    String tokenEnv;

    WatchCommand(Connections connections) {
        this.connections = connections;
    }

    @Override
    public ExitCode run(CliContext cli) {
        if (interval < 10 || interval > 3_600_000) {
            throw new UsageException("watch: --interval is between 10 and 3600000 milliseconds, not " + interval);
        }
        EventServerOptions serving = serving(cli);
        Path path = cli.path(file);
        // each change reads the same databases again: on connections kept open between reads
        Connections reading = connections.keeping();
        SyncEngine engine = SyncEngine.builder().catalogSource(new DatabaseCatalogSource(reading))
                .dialects(DatabaseKinds.dialects()).build();
        EventLog log = new EventLog("urn:relsync:project:" + path.getFileName(), KEPT_EVENTS);
        WatchOptions options = WatchOptions.every(Duration.ofMillis(interval)).installTrigger(installTrigger);
        SchemaWatcher watcher = new SchemaWatcher(path, new ProjectSync(engine, Clock.systemUTC()), connections, options, log,
                new Terminal(cli, file, interval), Clock.systemUTC());
        EventServer server = serving == null ? null : serve(cli, log, serving);
        ProjectLock.Waiting waiting = cli.lockWaiting();
        CompletableFuture<Void> done = new CompletableFuture<>();
        // a signal stops the watcher between two steps: the save under way keeps its temporary file
        PendingFiles.finishFirst(done, Duration.ofSeconds(30));
        CountDownLatch said = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                ProjectLock.waiting(waiting, () -> {
                    watcher.run();
                    return null;
                });
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            } finally {
                reading.close();
                if (server != null) {
                    server.close(); // subscribers are told to resume later
                }
            }
        }, "relsync watch");
        AtomicReference<Thread> hook = new AtomicReference<>(new Thread(() -> {
            // Ctrl-C or SIGTERM: stop between two steps, let a save in progress finish, and exit 0
            watcher.stop();
            try {
                done.get();
                said.await(5, TimeUnit.SECONDS); // the command's last line
                cli.out().flush();
                Runtime.getRuntime().halt(ExitCode.OK.code());
            } catch (InterruptedException | ExecutionException e) {
                // the JVM goes on shutting down with its own status
            }
        }, "relsync watch stop"));
        Runtime.getRuntime().addShutdownHook(hook.get());
        worker.start();
        try {
            waitFor(worker, watcher);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook.get());
            } catch (IllegalStateException e) {
                // shutting down already: the hook stops the watcher
            }
        }
        try {
            done.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        cli.out().println("Stopped; " + file + " is saved.");
        cli.out().flush();
        said.countDown();
        return ExitCode.OK;
    }

    /**
     * The event stream's options from {@code --port}, {@code --bind} and {@code --token-env}, or
     * null without {@code --port}; a usage error, before anything is done, when they do not fit.
     */
    private EventServerOptions serving(CliContext cli) {
        if (port == null) {
            if (bind != null || tokenEnv != null) {
                throw new UsageException("watch: " + (bind != null ? "--bind" : "--token-env") + " goes with --port");
            }
            return null;
        }
        if (port < 0 || port > 65535) {
            throw new UsageException("watch: --port is between 0 and 65535, not " + port);
        }
        if (tokenEnv == null) {
            throw new UsageException("watch: --port needs --token-env VAR, the environment variable with the token "
                    + "every subscriber presents");
        }
        String token = Tokens.required(cli, "watch", tokenEnv);
        InetAddress address;
        try {
            address = bind == null ? InetAddress.getByName("127.0.0.1") : InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new UsageException("watch: --bind " + bind + " is not an address of this machine");
        }
        return EventServerOptions.loopback(port, token).bind(address);
    }

    /** Starts the event stream and says where it is (never the token); a warning when it listens beyond loopback. */
    private EventServer serve(CliContext cli, EventLog log, EventServerOptions serving) {
        EventServer server;
        try {
            server = EventServer.start(log, serving);
        } catch (IOException e) {
            throw new UsageException("watch: cannot listen on " + serving.bind().getHostAddress() + ":" + serving.port()
                    + ": " + e.getMessage());
        }
        if (!serving.bind().isLoopbackAddress()) {
            cli.err().println("relsync: watch: warning: the event stream listens on " + serving.bind().getHostAddress()
                    + ", beyond this machine, without TLS: put a reverse proxy with TLS in front (nginx, Caddy; see "
                    + "the README)");
            cli.err().flush();
        }
        cli.out().println("events: " + server.uri() + " (token from $" + tokenEnv + ")");
        cli.out().flush();
        return server;
    }

    /** Waits for the watcher's thread; interrupted, stops the watcher and waits for it to finish. */
    private static void waitFor(Thread worker, SchemaWatcher watcher) {
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                interrupted = true;
                watcher.stop();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** One line per change on standard output; trouble on standard error. */
    private static final class Terminal implements WatchListener {
        private final PrintStream out;
        private final PrintStream err;
        private final CliContext cli;
        private final String file;
        private final long interval;

        Terminal(CliContext cli, String file, long interval) {
            this.cli = cli;
            this.out = cli.out();
            this.err = cli.err();
            this.file = file;
            this.interval = interval;
        }

        @Override
        public void started(ChangeReport report, Event event) {
            out.println(now() + "  synced " + file + ": " + ReportWriter.summary(report)
                    + (event == null ? "" : " (event #" + event.sequence() + ")"));
            out.println(now() + "  watching (polling every " + interval + " ms where no event trigger notifies); Ctrl-C stops");
            out.flush();
        }

        @Override
        public void changed(Event event, ChangeReport report) {
            out.println(now() + "  #" + event.sequence() + "  " + event.subject() + ": " + shortly(report));
            out.flush();
        }

        @Override
        public void trouble(String database, String message, long retryMillis) {
            err.println("relsync: watch: " + database + ": " + cli.shown(message) + "; trying again in " + retryMillis + " ms");
            err.flush();
        }

        @Override
        public void notice(String database, String message) {
            err.println("relsync: watch: " + database + ": " + cli.shown(message));
            err.flush();
        }

        @Override
        public void recovered(String database) {
            err.println("relsync: watch: " + database + " answers again");
            err.flush();
        }

        private static String plural(long count, String noun) {
            return count + " " + noun + (count == 1 ? "" : "s");
        }

        private static String now() {
            return LocalTime.now(ZoneId.systemDefault()).format(TIME);
        }

        /** The counts that are not 0, the problems, and the first changes by kind and path. */
        private static String shortly(ChangeReport report) {
            List<String> counts = new ArrayList<>();
            report.counts().forEach((kind, count) -> {
                if (count > 0) {
                    counts.add(count + " " + kind.label());
                }
            });
            String summary = String.join(", ", counts) + "; " + plural(report.count(Severity.WARNING), "warning") + ", "
                    + plural(report.count(Severity.ERROR), "error") + ":";
            List<Change> changes = report.changes();
            StringBuilder line = new StringBuilder(summary);
            int shown = Math.min(3, changes.size());
            for (int i = 0; i < shown; i++) {
                Change c = changes.get(i);
                line.append(i == 0 ? " " : ", ").append(c.kind().label()).append(' ').append(c.elementKind()).append(' ')
                        .append(c.path());
            }
            if (changes.size() > shown) {
                line.append(", ").append(changes.size() - shown).append(" more");
            }
            return line.toString();
        }
    }
}
