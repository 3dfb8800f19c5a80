package io.frontline.domain;

import java.time.OffsetDateTime;
import java.util.List;

/** frontline's answer about one transaction or contact. */
public record Decision(
        String decisionId,
        Subject subject,
        String subjectId,
        Outcome outcome,
        List<Action> actions,
        List<Reason> reasons,
        List<Signal> signals,
        Script script,
        String ruleset,
        OffsetDateTime decidedAt) {

    public Decision {
        actions = List.copyOf(actions);
        reasons = List.copyOf(reasons);
        signals = List.copyOf(signals);
    }
}
