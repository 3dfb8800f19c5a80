package io.frontline.decide;

import io.frontline.domain.Outcome;
import io.frontline.domain.Subject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a candidate ruleset would have decided beside the live one, decision by decision: how many decisions
 * change outcome, the transitions between outcomes, each rule's hits under both, and the first changed decisions
 * as samples. Thread-safe.
 */
public final class RulesetComparison {
    /** How many changed decisions are kept as samples. */
    public static final int SAMPLES = 20;

    private final long[][] transitions = new long[Outcome.values().length][Outcome.values().length];
    private final Map<String, long[]> hits = new TreeMap<>();
    private final List<Sample> samples = new ArrayList<>();
    private long compared;
    private long changed;
    private long rulesChanged;

    /** One decision that came out differently. */
    public record Sample(String decisionId, Subject subject, Outcome live, Outcome candidate, List<String> rulesAdded,
                         List<String> rulesRemoved) {}

    /** One rule's hits: live, under the candidate. */
    public record RuleHits(String rule, long live, long candidate) {}

    /** One cell of the transition matrix. */
    public record Transition(Outcome from, Outcome to, long count) {}

    /** A snapshot of the comparison. */
    public record Report(long compared, long changed, long rulesChanged, List<Transition> transitions,
                         List<RuleHits> rules, List<Sample> samples) {}

    /** Counts one decision: what the live ruleset decided and fired, and what the candidate would have. */
    public synchronized void record(String decisionId, Subject subject, Outcome live, List<String> liveRules,
                                    Outcome candidate, List<String> candidateRules) {
        compared++;
        transitions[live.ordinal()][candidate.ordinal()]++;
        Set<String> before = new HashSet<>(liveRules);
        Set<String> after = new HashSet<>(candidateRules);
        before.forEach(rule -> hits.computeIfAbsent(rule, r -> new long[2])[0]++);
        after.forEach(rule -> hits.computeIfAbsent(rule, r -> new long[2])[1]++);
        boolean outcomeChanged = live != candidate;
        if (outcomeChanged) {
            changed++;
        }
        if (!before.equals(after)) {
            rulesChanged++;
        }
        if ((outcomeChanged || !before.equals(after)) && samples.size() < SAMPLES) {
            samples.add(new Sample(decisionId, subject, live, candidate,
                    after.stream().filter(r -> !before.contains(r)).sorted().toList(),
                    before.stream().filter(r -> !after.contains(r)).sorted().toList()));
        }
    }

    public synchronized Report report() {
        List<Transition> cells = new ArrayList<>();
        for (Outcome from : Outcome.values()) {
            for (Outcome to : Outcome.values()) {
                long n = transitions[from.ordinal()][to.ordinal()];
                if (n > 0) {
                    cells.add(new Transition(from, to, n));
                }
            }
        }
        List<RuleHits> rules = new ArrayList<>();
        hits.forEach((rule, n) -> rules.add(new RuleHits(rule, n[0], n[1])));
        rules.sort((a, b) -> Long.compare(Math.abs(b.candidate() - b.live()), Math.abs(a.candidate() - a.live())));
        return new Report(compared, changed, rulesChanged, cells, rules, List.copyOf(samples));
    }

}
