package io.frontline.decide;

import io.frontline.domain.Action;
import io.frontline.domain.Outcome;
import io.frontline.domain.Priority;
import io.frontline.domain.Reason;
import io.frontline.domain.Route;
import io.frontline.domain.WireEnum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared decision object rules act on (the {@code decision} global). Rule actions can only raise the
 * outcome; the most severe wins. Each raise is attributed to the rule firing at the time, which the rule
 * engine announces with {@link #beginRule} and {@link #endRule}. One instance per evaluation; not thread-safe.
 */
public final class Ruling {
    private Outcome outcome = Outcome.ALLOW;
    private final Map<Route, Priority> escalations = new LinkedHashMap<>();
    private final List<Reason> reasons = new ArrayList<>();
    private final List<String> firedRules = new ArrayList<>();
    private String leadingScamType;
    private Outcome leadingScamOutcome = Outcome.ALLOW;
    private Priority leadingScamPriority;

    private RuleInProgress current;

    // ---- called by rule actions -------------------------------------------------------------------------

    public void warn() {
        raise(Outcome.WARN);
    }

    /** Hold for a human: {@code route} is one of human-agent, anti-fraud-specialist, security-team, expert. */
    public void escalate(String route, String priority) {
        Route r = WireEnum.parse(Route.class, route)
                .orElseThrow(() -> new IllegalArgumentException("unknown route '" + route + "', expected one of "
                        + WireEnum.spellings(Route.class)));
        Priority p = WireEnum.parse(Priority.class, priority)
                .orElseThrow(() -> new IllegalArgumentException("unknown priority '" + priority + "', expected one of "
                        + WireEnum.spellings(Priority.class)));
        escalations.merge(r, p, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        if (current != null && (current.priority == null || p.compareTo(current.priority) > 0)) {
            current.priority = p;
        }
        raise(Outcome.ESCALATE);
    }

    public void blockPayment() {
        raise(Outcome.BLOCK_PAYMENT);
    }

    public void emergencyFreeze() {
        raise(Outcome.EMERGENCY_FREEZE);
    }

    /** Names the scam type this situation is (its agent script is then offered). */
    public void scamType(String type) {
        if (current != null && !current.scamTypes.contains(type)) {
            current.scamTypes.add(type);
        }
    }

    /** Adds a piece of evidence to the reason of the rule firing now. */
    public void evidence(String key, Object value) {
        if (current != null && value != null) {
            current.evidence.put(key, value);
        }
    }

    // ---- called by the rule engine ----------------------------------------------------------------------

    public void beginRule(String name, String policy, String messageZhHans, String messageEn) {
        current = new RuleInProgress(name, policy, new Reason.Message(messageZhHans, messageEn));
    }

    public void endRule() {
        RuleInProgress rule = current;
        current = null;
        if (rule == null) {
            return;
        }
        firedRules.add(rule.name);
        if (rule.outcome != Outcome.ALLOW) {
            reasons.add(new Reason(rule.name, rule.policy, rule.outcome, rule.message, rule.evidence));
            // the script follows the most severe rule; between equally severe ones, the most urgent escalation
            int byOutcome = rule.outcome.compareTo(leadingScamOutcome);
            boolean moreUrgent = byOutcome == 0 && rule.priority != null
                    && (leadingScamPriority == null || rule.priority.compareTo(leadingScamPriority) > 0);
            if (!rule.scamTypes.isEmpty() && (byOutcome > 0 || moreUrgent)) {
                leadingScamType = rule.scamTypes.get(0);
                leadingScamOutcome = rule.outcome;
                leadingScamPriority = rule.priority;
            }
        }
    }

    // ---- read by the decision service -------------------------------------------------------------------

    public Outcome outcome() {
        return outcome;
    }

    public List<Reason> reasons() {
        return List.copyOf(reasons);
    }

    public List<String> firedRules() {
        return List.copyOf(firedRules);
    }

    /** The scam type named by the most severe rule, or null. */
    public String leadingScamType() {
        return leadingScamType;
    }

    /** The actions the outcome asks for: the outcome's own action first, then each escalation route. */
    public List<Action> actions() {
        List<Action> actions = new ArrayList<>();
        switch (outcome) {
            case ALLOW -> { }
            case WARN -> actions.add(Action.of(Outcome.WARN));
            case ESCALATE -> { }
            case BLOCK_PAYMENT -> actions.add(Action.of(Outcome.BLOCK_PAYMENT));
            case EMERGENCY_FREEZE -> {
                actions.add(Action.of(Outcome.EMERGENCY_FREEZE));
                actions.add(Action.of(Outcome.BLOCK_PAYMENT));
            }
        }
        escalations.forEach((route, priority) -> actions.add(Action.escalate(route, priority)));
        return actions;
    }

    private void raise(Outcome to) {
        outcome = outcome.atLeast(to);
        if (current != null) {
            current.outcome = current.outcome.atLeast(to);
        }
    }

    private static final class RuleInProgress {
        final String name;
        final String policy;
        final Reason.Message message;
        final Map<String, Object> evidence = new LinkedHashMap<>();
        final List<String> scamTypes = new ArrayList<>(2);
        Outcome outcome = Outcome.ALLOW;
        Priority priority;

        RuleInProgress(String name, String policy, Reason.Message message) {
            this.name = name;
            this.policy = policy;
            this.message = message;
        }
    }
}
