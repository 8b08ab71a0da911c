package org.relsync.app.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

import org.relsync.live.EventClient;
import org.relsync.live.EventClient.Ending;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code relsync events <url> [--since N] [--token-env VAR]}: the events of a
 * {@code relsync watch --port} stream as JSON lines on standard output, each flushed as it
 * arrives, until Ctrl-C (exit 0); a thin shell over {@link EventClient}. A refusal, a lost
 * connection and a reload message end it with their own {@link ExitCode}s.
 */
@CommandLine.Command(name = "events",
        customSynopsis = "events <url> [--since N [--stream ID]] [--database NAME,...] [--type TYPE,...] [--token-env VAR]",
        description = "print the events of a 'relsync watch --port' stream (ws://HOST:PORT/events) as JSON lines, "
                + "until Ctrl-C (exit 0); exit 7 refused, 8 unreachable or disconnected (stderr: the --since to "
                + "resume from), 9 reload the project")
final class EventsCommand implements Command {

    @Parameters(paramLabel = "<url>", description = "the stream, ws://HOST:PORT/events (wss:// behind a TLS proxy)")
    String url;

    @Option(names = "--since", paramLabel = "N", description = "the last event already seen: the kept events after it "
            + "come first; without it, the events from now on")
    Long since;

    @Option(names = "--stream", paramLabel = "ID", description = "the stream --since counts in (what a resume "
            + "message names); when the watcher has been restarted since, it answers with a reload")
    String streamId;

    @Option(names = "--database", paramLabel = "NAME", split = ",", description = "only the events of these databases "
            + "(their names in the project; comma-separated or repeated); their sequence numbers skip the others'")
    List<String> databases = new ArrayList<>();

    @Option(names = "--type", paramLabel = "TYPE", split = ",", description = "only the events of these types ("
            + "org.relsync.schema.changed, org.relsync.project.saved; comma-separated or repeated)")
    List<String> types = new ArrayList<>();

    @Option(names = "--token-env", paramLabel = "VAR", description = "the environment variable with the stream's token "
            + "(sent as Authorization: Bearer); without it no token is sent")
    String tokenEnv;

    @Override
    public ExitCode run(CliContext cli) {
        URI stream = stream();
        if (since != null && since < 0) {
            throw new UsageException("events: --since is a sequence number, 0 or more, not " + since);
        }
        if (streamId != null && since == null) {
            throw new UsageException("events: --stream goes with --since");
        }
        String token = tokenEnv == null ? null : Tokens.required(cli, "events", tokenEnv);
        PrintStream out = cli.out();
        AtomicReference<String> reload = new AtomicReference<>();
        EventClient[] client = new EventClient[1];
        client[0] = EventClient.connect(stream, since == null ? OptionalLong.empty() : OptionalLong.of(since), streamId, token,
                new EventClient.Listener() {
                    @Override
                    public void event(long sequence, String json) {
                        out.println(json);
                        out.flush();
                    }

                    @Override
                    public void reload(long last, String json) {
                        out.println(json);
                        out.flush();
                        reload.set("events: the events after " + since + " are no longer kept (or are another run's "
                                + "of the watcher): read the project again, then resume with ");
                        client[0].close();
                    }
                });
        Thread hook = new Thread(() -> {
            // Ctrl-C or SIGTERM: the lines printed so far are complete; exit 0
            client[0].close();
            out.flush();
            Runtime.getRuntime().halt(ExitCode.OK.code());
        }, "relsync events stop");
        Runtime.getRuntime().addShutdownHook(hook);
        Ending ending;
        try {
            ending = client[0].await();
        } catch (InterruptedException e) {
            client[0].close();
            Thread.currentThread().interrupt();
            return ExitCode.OK;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already: the hook ends the command
            }
        }
        return ended(cli, shown(stream), ending, reload.get());
    }

    private static ExitCode ended(CliContext cli, String where, Ending ending, String reload) {
        String position = ending.resume().isPresent() ? "--since " + ending.resume().getAsLong()
                + ending.stream().map(id -> " --stream " + id).orElse("") : "";
        String resume = position.isEmpty() ? "" : "; resume with " + position;
        ExitCode code = switch (ending.reason()) {
            case CLOSED -> reload == null ? ExitCode.OK : ExitCode.RELOAD;
            case REFUSED -> ExitCode.REFUSED;
            case UNREACHABLE, TOO_SLOW, LOST -> ExitCode.DISCONNECTED;
        };
        String message = switch (ending.reason()) {
            case CLOSED -> reload == null ? null : reload + position;
            case REFUSED -> "events: " + where + " " + ending.message();
            case UNREACHABLE -> "events: " + ending.message() + " to " + where + resume;
            case TOO_SLOW, LOST -> "events: " + ending.message() + resume;
        };
        if (message != null) {
            cli.err().println("relsync: " + message);
            cli.err().flush();
        }
        return code;
    }

    /** The URL, checked: {@code ws} or {@code wss}, with a host. */
    private URI stream() {
        try {
            URI stream = new URI(url);
            if (stream.getScheme() == null || !(stream.getScheme().equalsIgnoreCase("ws") || stream.getScheme().equalsIgnoreCase("wss"))
                    || stream.getHost() == null) {
                throw new UsageException("events: " + shown(stream) + " is not a ws:// or wss:// address, such as "
                        + "ws://127.0.0.1:8787/events");
            }
            // the events asked for (EventFilter on the server): the stream's database and type parameters
            StringBuilder asked = new StringBuilder();
            if (!databases.isEmpty()) {
                asked.append("database=").append(URLEncoder.encode(String.join(",", databases), StandardCharsets.UTF_8));
            }
            if (!types.isEmpty()) {
                asked.append(asked.isEmpty() ? "" : "&").append("type=")
                        .append(URLEncoder.encode(String.join(",", types), StandardCharsets.UTF_8));
            }
            if (asked.isEmpty()) {
                return stream;
            }
            String s = stream.toString();
            return new URI(s + (stream.getRawQuery() == null ? "?" : "&") + asked);
        } catch (URISyntaxException e) {
            throw new UsageException("events: not an address: " + e.getReason());
        }
    }

    /** The URL without its query, which may hold a token. */
    private static String shown(URI stream) {
        String s = stream.toString();
        int query = s.indexOf('?');
        return query < 0 ? s : s.substring(0, query);
    }
}
