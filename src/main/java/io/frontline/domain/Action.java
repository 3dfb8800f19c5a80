package io.frontline.domain;

/** Something the caller must do. Route and priority are set for escalations only. */
public record Action(Outcome type, Route route, Priority priority) {

    public static Action of(Outcome type) {
        return new Action(type, null, null);
    }

    public static Action escalate(Route route, Priority priority) {
        return new Action(Outcome.ESCALATE, route, priority);
    }
}
