package io.frontline.alert;

import io.frontline.domain.Action;
import io.frontline.domain.Decision;
import io.frontline.domain.Freeze;
import io.frontline.domain.Outcome;
import io.frontline.domain.Priority;
import io.frontline.domain.Reason;
import io.frontline.domain.Route;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Something an agent must see at once: a decision that escalates to a person or freezes an account, or a freeze
 * an agent made. Alerts carry no personal data beyond the account id the freeze or hold acts on.
 *
 * @param id          its place in the order alerts were raised (set by {@link AlertHub}; 0 before)
 * @param decision    the decision that raised it, or null for a freeze a person made; dropped (null) once the
 *                    alert is {@link #rendered}
 * @param route       where the decision escalates to; null when it does not (a freeze): such alerts go to everyone
 * @param olderCustomer whether the customer is an older person (the decision saw the elderly-customer signal)
 * @param freeze      the freeze a person made, for a {@link Kind#FREEZE} alert; null otherwise
 * @param text        the alert as consoles receive it, once {@link #rendered}; null before
 */
public record Alert(long id, Kind kind, Instant at, Decision decision, String accountId, Route route,
                    Priority priority, boolean olderCustomer, Freeze freeze, String text) {

    /** What raised the alert. */
    public enum Kind { DECISION, FREEZE }

    /**
     * The alert a decision raises, if any: when it escalates to a person or freezes the account.
     *
     * @param accountId the account the decision was about (the payer, or the contact's customer); may be null
     */
    public static Optional<Alert> of(Decision d, String accountId) {
        // asked of every decision: plain loops, and nothing built for the many that raise no alert
        Action escalation = null;
        for (Action a : d.actions()) {
            if (a.route() != null) {
                escalation = a;
                break;
            }
        }
        if (escalation == null && d.outcome() != Outcome.EMERGENCY_FREEZE) {
            return Optional.empty();
        }
        boolean older = d.signals().stream().anyMatch(s -> "elderly-customer".equals(s.kind()));
        return Optional.of(new Alert(0, Kind.DECISION, d.decidedAt().toInstant(), d, accountId,
                escalation == null ? null : escalation.route(),
                escalation == null ? Priority.URGENT : escalation.priority(), older, null, null));
    }

    /** The alert of a freeze an agent made. */
    public static Alert of(Freeze freeze) {
        return new Alert(0, Kind.FREEZE, freeze.since(), null, freeze.accountId(), null, Priority.URGENT, false,
                freeze, null);
    }

    /** The reasons of the decision, most severe first as decided; none for a person's freeze. */
    public List<Reason> reasons() {
        return decision == null ? List.of() : decision.reasons();
    }

    Alert numbered(long n) {
        return new Alert(n, kind, at, decision, accountId, route, priority, olderCustomer, freeze, text);
    }

    /**
     * The alert as kept once rendered: its text, and no longer the decision it was rendered from. A decision is a
     * graph of many small objects; a thousand kept alerts holding theirs were copied by every young collection.
     */
    Alert rendered(String text) {
        return new Alert(id, kind, at, null, accountId, route, priority, olderCustomer, freeze, text);
    }
}
