package org.relsync.diagram.scene;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What sync and validation say of one element: its states; for an orphan, what kind of orphan it
 * is ({@code "excludable"} or {@code "non-excludable"}) and the orphan action ({@code "warning"} or
 * {@code "mark"}); its validation problems (messages with their counts); the lines of its tooltip.
 */
public record SyncState(Set<State> states, String orphanKind, String orphanAction, int errors, int warnings,
        List<String> messages) {

    public static final SyncState NONE = new SyncState(Set.of(), null, null, 0, 0, List.of());

    public SyncState {
        // in enum order, whatever the JVM: Set.copyOf would iterate in an order salted per JVM run
        states = states.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(states));
        messages = List.copyOf(messages);
    }

    public boolean has(State state) {
        return states.contains(state);
    }

    /** This state with {@code state} added. */
    public SyncState with(State state) {
        if (states.contains(state)) {
            return this;
        }
        EnumSet<State> more = states.isEmpty() ? EnumSet.noneOf(State.class) : EnumSet.copyOf(states);
        more.add(state);
        return new SyncState(more, orphanKind, orphanAction, errors, warnings, messages);
    }

    /** The badges of a box's header in this state, in the order they are drawn (right-aligned). */
    public List<Badge> badges() {
        List<Badge> badges = new java.util.ArrayList<>();
        if (has(State.ORPHAN)) {
            String action = orphanAction == null ? "warning" : orphanAction;
            badges.add(new Badge("mark".equals(action) ? Badge.Kind.ORPHAN_MARK : Badge.Kind.ORPHAN_WARNING, "orphan: " + action,
                    "orphan" + (orphanKind == null ? "" : " (" + orphanKind + ")") + ", orphan action: " + action));
        }
        if (has(State.UNMAPPED)) {
            badges.add(new Badge(Badge.Kind.MAPPING, "unmapped", "nothing in the database maps onto it"));
        }
        if (has(State.LOST_MAPPING)) {
            badges.add(new Badge(Badge.Kind.MAPPING, "lost", "its mapping's target vanished from the database"));
        }
        if (errors > 0) {
            badges.add(new Badge(Badge.Kind.ERRORS, Integer.toString(errors), String.join("\n", messages)));
        }
        if (warnings > 0) {
            badges.add(new Badge(Badge.Kind.WARNINGS, Integer.toString(warnings),
                    errors > 0 ? warnings + " warning(s)" : String.join("\n", messages)));
        }
        return badges;
    }

    /** Whether a row in this state gets the small flag at its right end (problems, mapping trouble, an orphan). */
    public boolean flagged() {
        return errors + warnings > 0 || has(State.UNMAPPED) || has(State.LOST_MAPPING) || has(State.ORPHAN);
    }

    /** Whether that flag is red (an error or mapping trouble), not amber. */
    public boolean flagIsError() {
        return errors > 0 || has(State.UNMAPPED) || has(State.LOST_MAPPING);
    }

    /**
     * What an element named {@code name} in this state says when pointed at: its name, what its
     * state means, its problems (the SVG's {@code <title>}, the workbench canvas's tooltip).
     */
    public String tooltip(String name) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.add(name);
        if (has(State.MARKED)) {
            lines.add("marked for deletion: will be dropped");
        }
        if (has(State.ORPHAN)) {
            lines.add("orphan" + (orphanKind() == null ? "" : " (" + orphanKind() + ")")
                    + (orphanAction() == null ? "" : ", orphan action: " + orphanAction()));
        }
        if (has(State.UNMAPPED)) {
            lines.add("unmapped");
        }
        if (has(State.LOST_MAPPING)) {
            lines.add("lost mapping: its target vanished from the database");
        }
        for (State s : new State[] {State.CREATED, State.RENAMED, State.CHANGED}) {
            if (has(s)) {
                lines.add(s.cssClass() + " by the last sync");
            }
        }
        lines.addAll(messages());
        return String.join("\n", lines);
    }
}
