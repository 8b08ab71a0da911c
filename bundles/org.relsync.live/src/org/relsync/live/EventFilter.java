package org.relsync.live;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which events of a stream a subscriber asked for (LIVE-SPEC section 3: subscriptions by
 * database, and by kind of event): the stream's {@code ?database=A,B} and {@code ?type=T,U}.
 * An event matches when its type is one of the types asked for and one of the databases its
 * subject names (a change several databases made names them all, comma-separated) is one of
 * those asked for; a part not asked for matches every event. The sequence numbers of the events
 * a filtered subscriber receives are the stream's own, so they skip the events filtered out; a
 * resume from the last one received loses nothing. Names and types compare exactly.
 *
 * @param databases the databases asked for; empty: all of them
 * @param types     the event types asked for ({@link Event#SCHEMA_CHANGED}, ...); empty: all
 */
public record EventFilter(Set<String> databases, Set<String> types) {

    /** Every event. */
    public static final EventFilter ALL = new EventFilter(Set.of(), Set.of());

    public EventFilter {
        databases = Set.copyOf(databases);
        types = Set.copyOf(types);
    }

    /**
     * The filter of a stream's query parameters: each a comma-separated list, or null when not
     * given (blank items are left out).
     */
    public static EventFilter of(String databases, String types) {
        return new EventFilter(items(databases), items(types));
    }

    private static Set<String> items(String list) {
        Set<String> items = new LinkedHashSet<>();
        if (list != null) {
            Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
        }
        return items;
    }

    /** Whether {@code event} is one the subscriber asked for. */
    public boolean matches(Event event) {
        if (!types.isEmpty() && !types.contains(event.type())) {
            return false;
        }
        if (databases.isEmpty()) {
            return true;
        }
        for (String database : event.subject().split(",")) {
            if (databases.contains(database.strip())) {
                return true;
            }
        }
        return false;
    }
}
