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
