package org.relsync.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Live schema sync as users run it (issue 14, LIVE-SPEC section 5): {@code ./relsync watch} with its
 * event stream, a real process, on a generated PostgreSQL schema (embedded server); this JVM
 * commits DDL over JDBC and subscribes to {@code ws://127.0.0.1:PORT/events} with the JDK's
 * WebSocket client. Measured per change, each made 0-250 ms (at random) after the previous one's
 * event arrived: DDL commit
 * to the event at a client, and DDL commit to the project file replaced on disk (an inotify watch
 * on its folder), for the event-trigger path ({@code --install-trigger}) and the polling path
 * (the trigger dropped, default interval 250 ms); then one event stream fanned out to 100 and
 * 1,000 clients (DDL commit to the event at each client).
 * <p>
 * {@code ./benchmark live [TABLES] [CHANGES]} (default 200 tables, 200 changes; fan-out uses a
 * quarter of the changes).
 */
public final class LiveBenchmark {

    private static final String TOKEN_VARIABLE = "RELSYNC_BENCH_TOKEN";
    /** Changes made and waited for before a path is measured. */
    private static final int WARM_UP = 20;
    private static final String TOKEN = "bench-" + Long.toHexString(System.nanoTime());
    /** A change's line on watch's terminal: {@code 12:03:41.123  #7  bench: ...}. */
    private static final java.util.regex.Pattern EVENT_LINE = java.util.regex.Pattern.compile("^\\S+  #(\\d+)  ");

    private LiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path repo = Path.of(System.getProperty("relsync.repo", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("relsync-live-benchmark");
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            SchemaGenerator.Stats stats = SchemaGenerator.generate(server, "bench", tables);
            String url = server.getJdbcUrl("postgres", "bench");
            System.out.printf("RelSync live benchmark: %d tables, %d columns; PostgreSQL %s (embedded); %d cores; %d changes a path%n",
                    tables, stats.columns(), RetrievalBenchmark.version(server), Runtime.getRuntime().availableProcessors(), changes);
            Path project = work.resolve("bench.relsync");
            CliBenchmark.run(repo, work, List.of("init", "bench.relsync"));
            CliBenchmark.run(repo, work, List.of("add-db", "bench.relsync", "--id", "bench", "--driver", "postgresql", "--url", url,
                    "--schemas", "public", "--sync-source", "Database"));
            CliBenchmark.run(repo, work, List.of("sync", "bench.relsync", "--no-backup"));
            System.out.printf("%-44s %8s %8s %8s %8s %8s%n", "DDL commit ->", "p50 ms", "p95 ms", "p99 ms", "max ms", "n");
            try (Connection ddl = server.getDatabase("postgres", "bench").getConnection()) {
                int[] next = {0};
                try (Watch watch = Watch.start(repo, work, project, "--install-trigger")) {
                    measure(watch, ddl, changes, tables, next, 1, "event trigger");
                    fanOut(watch, ddl, Math.max(1, changes / 4), tables, next, 100);
                    fanOut(watch, ddl, Math.max(1, changes / 4), tables, next, 1000);
                }
                try (Statement s = ddl.createStatement()) {
                    s.execute("DROP EVENT TRIGGER IF EXISTS relsync_ddl_end");
                    s.execute("DROP EVENT TRIGGER IF EXISTS relsync_ddl_drop");
                }
                try (Watch watch = Watch.start(repo, work, project, "--interval", "250")) {
                    measure(watch, ddl, changes, tables, next, 1, "polling every 250 ms");
                }
            }
            System.out.println("targets (LIVE-SPEC 5): PostgreSQL event p99 <= 50 ms, saved <= 250 ms; polling p99 <= interval + 100 ms;"
                    + " fan-out to 1,000 clients p99 <= 50 ms");
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /**
     * {@code changes} columns added one after another, each waited for at {@code clients} clients,
     * after {@link #WARM_UP} changes that are not measured: a watch runs for hours, and its first
     * changes run code the JIT compilers have not compiled yet.
     */
    private static void measure(Watch watch, Connection ddl, int changes, int tables, int[] next, int clients, String path)
            throws Exception {
        try (Clients subscribers = Clients.connect(watch.events(), clients)) {
            for (int i = 0; i < WARM_UP; i++) {
                long committed = change(ddl, tables, next);
                subscribers.awaitNext(30);
                watch.savedAfter(committed);
            }
            double[] events = new double[changes];
            double[] saved = new double[changes];
            java.util.Random random = new java.util.Random(11);
            for (int i = 0; i < changes; i++) {
                // at a random moment, as a modeler's or a script's DDL comes: right after the last
                // event, each change would fall at the start of the watcher's wait between polls
                Thread.sleep(random.nextInt(250));
                long committed = change(ddl, tables, next);
                long[] arrivals = subscribers.awaitNext(30);
                events[i] = (arrivals[0] - committed) / 1e6;
                saved[i] = (watch.savedAfter(committed) - committed) / 1e6;
            }
            print(path + ": event at the client", events);
            print(path + ": project saved", saved);
        }
    }

    /** One event stream to {@code clients} clients: DDL commit to the event at each of them. */
    private static void fanOut(Watch watch, Connection ddl, int changes, int tables, int[] next, int clients) throws Exception {
        try (Clients subscribers = Clients.connect(watch.events(), clients)) {
            double[] deliveries = new double[changes * clients];
            double[] spread = new double[changes];
            for (int i = 0; i < changes; i++) {
                long committed = change(ddl, tables, next);
                long[] arrivals = subscribers.awaitNext(60);
                long first = Long.MAX_VALUE;
                long last = 0;
                for (int c = 0; c < clients; c++) {
                    deliveries[i * clients + c] = (arrivals[c] - committed) / 1e6;
                    first = Math.min(first, arrivals[c]);
                    last = Math.max(last, arrivals[c]);
                }
                spread[i] = (last - first) / 1e6;
            }
            print(String.format("event trigger, %,d clients: event at each", clients), deliveries);
            print(String.format("  first to last client of %,d", clients), spread);
        }
    }

    /** Adds a column to the next table (autocommit); the time of the commit's return. */
    private static long change(Connection ddl, int tables, int[] next) throws Exception {
        int n = next[0]++;
        try (Statement s = ddl.createStatement()) {
            s.execute("ALTER TABLE t" + (n % tables) + " ADD COLUMN live" + n + " integer");
        }
        return System.nanoTime();
    }

    private static void print(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("%-44s %8.1f %8.1f %8.1f %8.1f %8d%n", what, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                sorted[sorted.length - 1], sorted.length);
    }

    /** The nearest-rank percentile of sorted figures. */
    private static double at(double[] sorted, double fraction) {
        return sorted[Math.max(0, (int) Math.ceil(fraction * sorted.length) - 1)];
    }

    /** A running {@code relsync watch} with its event stream, and an inotify watch on its project's folder. */
    private static final class Watch implements AutoCloseable {

        private final Process process;
        private final URI events;
        private final WatchService files;
        private final Thread watcher;
        private final ConcurrentLinkedQueue<Long> replaced = new ConcurrentLinkedQueue<>();
        private final AtomicLong sequence;

        private Watch(Process process, URI events, WatchService files, Path project, AtomicLong sequence) {
            this.process = process;
            this.sequence = sequence;
            this.events = events;
            this.files = files;
            this.watcher = Thread.ofPlatform().daemon().name("project file").start(() -> {
                try {
                    while (true) {
                        WatchKey key = files.take();
                        long now = System.nanoTime();
                        for (WatchEvent<?> e : key.pollEvents()) {
                            if (project.getFileName().equals(e.context())) {
                                replaced.add(now);
                            }
                        }
                        key.reset();
                    }
                } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
                    // closed
                }
            });
        }

        static Watch start(Path repo, Path work, Path project, String... options) throws Exception {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of("bash", repo.resolve("relsync").toString(), "watch",
                    project.getFileName().toString(), "--port", Integer.toString(port), "--token-env", TOKEN_VARIABLE));
            command.addAll(List.of(options));
            ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
            builder.environment().put(TOKEN_VARIABLE, TOKEN);
            Process process = builder.start();
            AtomicLong sequence = new AtomicLong();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            CountDownLatch watching = new CountDownLatch(1);
            Thread.ofPlatform().daemon().name("relsync watch output").start(() -> {
                try {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        java.util.regex.Matcher event = EVENT_LINE.matcher(line);
                        if (event.find()) {
                            sequence.set(Long.parseLong(event.group(1)));
                        } else if (line.contains("watching")) {
                            watching.countDown();
                        } else {
                            System.out.println("  relsync watch: " + line);
                        }
                    }
                } catch (IOException e) {
                    // the process ended
                }
            });
            if (!watching.await(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("relsync watch did not start watching within 120 s");
            }
            WatchService files = FileSystems.getDefault().newWatchService();
            work.register(files, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            return new Watch(process, URI.create("ws://127.0.0.1:" + port + "/events"), files, project, sequence);
        }

        /** The stream's address, asking for the events after the last one {@code watch} printed. */
        URI events() {
            return URI.create(events + "?since=" + sequence.get());
        }

        /** When the project file was first replaced after {@code time} (it is, after the change's event and before the saved one). */
        long savedAfter(long time) throws InterruptedException {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (System.nanoTime() < deadline) {
                for (Long t : replaced) {
                    if (t >= time) {
                        replaced.removeIf(r -> r <= t);
                        return t;
                    }
                }
                Thread.sleep(1);
            }
            throw new IllegalStateException("the project file was not replaced within 5 s of a change");
        }

        @Override
        public void close() throws Exception {
            process.destroy(); // SIGTERM: watch stops with the project saved
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            watcher.interrupt();
            files.close();
        }
    }

    /** WebSocket subscribers of one stream, each noting when it received each event. */
    private static final class Clients implements AutoCloseable {

        private final HttpClient http = HttpClient.newHttpClient();
        private final List<WebSocket> sockets = new ArrayList<>();
        private final List<Subscriber> subscribers = new ArrayList<>();

        static Clients connect(URI events, int count) {
            Clients clients = new Clients();
            for (int i = 0; i < count; i++) {
                Subscriber subscriber = new Subscriber();
                clients.subscribers.add(subscriber);
                clients.sockets.add(clients.http.newWebSocketBuilder().header("Authorization", "Bearer " + TOKEN)
                        .buildAsync(events, subscriber).join());
            }
            return clients;
        }

        /** Waits until every client has one more schema event; when each received it. */
        long[] awaitNext(int seconds) throws InterruptedException {
            long[] arrivals = new long[subscribers.size()];
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            for (int i = 0; i < arrivals.length; i++) {
                Long arrival = subscribers.get(i).received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (subscribers.get(i).failure != null) {
                    throw new IllegalStateException("client " + i + ": " + subscribers.get(i).failure);
                }
                if (arrival == null) {
                    throw new IllegalStateException("client " + i + " had no event within " + seconds + " s of a change");
                }
                arrivals[i] = arrival;
            }
            return arrivals;
        }

        @Override
        public void close() {
            for (WebSocket socket : sockets) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
            }
            http.close();
        }
    }

    /** One client: the arrival time of each schema event, in order. */
    private static final class Subscriber implements WebSocket.Listener {

        private static final java.util.regex.Pattern SEQUENCE = java.util.regex.Pattern.compile("\"sequence\":(\\d+)");

        final java.util.concurrent.LinkedBlockingQueue<Long> received = new java.util.concurrent.LinkedBlockingQueue<>();
        private final StringBuilder message = new StringBuilder();
        private final AtomicLong last = new AtomicLong();
        volatile String failure;

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean complete) {
            message.append(data);
            if (complete) {
                long now = System.nanoTime();
                // the envelope's fields only, not the whole change report: a thousand clients share this JVM's two cores
                String text = message.toString();
                message.setLength(0);
                java.util.regex.Matcher number = SEQUENCE.matcher(text);
                long sequence = number.find() ? Long.parseLong(number.group(1)) : -1;
                if (last.get() != 0 && sequence != last.get() + 1) {
                    failure = "event " + sequence + " after " + last.get();
                }
                last.set(sequence);
                // each change's event is followed by the saved one, which the inotify watch times
                if (text.contains("\"type\":\"org.relsync.schema.changed\"")) {
                    received.add(now);
                }
            }
            socket.request(1);
            return null;
        }
    }
}
