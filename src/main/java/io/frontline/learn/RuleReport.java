package io.frontline.learn;

import io.frontline.domain.Outcome;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What the rules did, per rule and ruleset version: how often each fired, the outcomes of the decisions it
 * took part in, and what people's feedback says about those decisions. Counts rules, never people.
 * Thread-safe; counts only go through {@link #decided} and {@link #labelled}.
 */
public final class RuleReport {
    /** The row that collects decisions no rule fired on (allow by default), where misses show. */
    public static final String NO_RULE = "(no rule fired)";

    private static final int OUTCOMES = Outcome.values().length;
    private static final int OVERRIDES = OUTCOMES;
    private static final int FRAUD = OUTCOMES + 1;
    private static final int FALSE_POSITIVES = OUTCOMES + 2;
    private static final int HITS = OUTCOMES + 3;

    private final Map<Key, AtomicLongArray> rows = new ConcurrentHashMap<>();
    private volatile LocalDate since = LocalDate.MIN;

    /** Counts are kept per UTC day of the decision, so that retention can drop whole days. */
    private record Key(String ruleset, String rule, LocalDate day) {}

    /**
     * One rule in one ruleset version.
     *
     * @param day       the UTC day of the decisions counted, or null for all the days kept
     * @param precision confirmed fraud over the labelled decisions (confirmed fraud + false positives); null
     *                  while none is labelled
     */
    public record Row(String ruleset, String rule, LocalDate day, long hits, Map<Outcome, Long> outcomes,
                      long overrides, long fraudConfirmed, long falsePositives, Double precision) {}

    /** Counts a decision once for every rule that fired on it. */
    public void decided(LoggedDecision d) {
        LocalDate day = day(d);
        if (day.isBefore(since)) {
            return;
        }
        for (String rule : rulesOf(d)) {
            AtomicLongArray row = row(d.ruleset(), rule, day);
            row.incrementAndGet(HITS);
            row.incrementAndGet(d.outcome().ordinal());
        }
    }

    /**
     * Counts feedback on a decision; {@code earlier} (the decision's previous feedback, or null) is taken back
     * first, so a decision counts once with its latest feedback.
     */
    public void labelled(LoggedDecision d, Feedback earlier, Feedback latest) {
        LocalDate day = day(d);
        if (day.isBefore(since)) {
            return;
        }
        for (String rule : rulesOf(d)) {
            AtomicLongArray row = row(d.ruleset(), rule, day);
            if (earlier != null) {
                count(row, earlier, -1);
            }
            count(row, latest, 1);
        }
    }

    /** Drops the days before {@code day} and counts none of them from now on (retention). */
    public void keepFrom(LocalDate day) {
        since = day;
        rows.keySet().removeIf(k -> k.day().isBefore(day));
    }

    /** Every row, by ruleset version then rule, over all the days kept. */
    public List<Row> rows() {
        return rows(false);
    }

    /** Every row per UTC day, by ruleset version, rule, then day: what the rules did over time. */
    public List<Row> rowsByDay() {
        return rows(true);
    }

    private List<Row> rows(boolean byDay) {
        Map<Key, long[]> sums = new java.util.HashMap<>();
        rows.forEach((key, counts) -> {
            Key into = byDay ? key : new Key(key.ruleset(), key.rule(), null);
            long[] sum = sums.computeIfAbsent(into, k -> new long[HITS + 1]);
            for (int i = 0; i <= HITS; i++) {
                sum[i] += counts.get(i);
            }
        });
        List<Row> out = new ArrayList<>();
        sums.forEach((key, c) -> {
            Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
            for (Outcome o : Outcome.values()) {
                if (c[o.ordinal()] != 0) {
                    outcomes.put(o, c[o.ordinal()]);
                }
            }
            long fraud = c[FRAUD];
            long falsePositives = c[FALSE_POSITIVES];
            Double precision = fraud + falsePositives == 0 ? null : (double) fraud / (fraud + falsePositives);
            out.add(new Row(key.ruleset(), key.rule(), key.day(), c[HITS], outcomes, c[OVERRIDES], fraud,
                    falsePositives, precision));
        });
        out.sort(Comparator.comparing(Row::ruleset).thenComparing(Row::rule)
                .thenComparing(Row::day, Comparator.nullsFirst(Comparator.naturalOrder())));
        return out;
    }

    private static void count(AtomicLongArray row, Feedback f, int delta) {
        if (f.action() == HumanAction.OVERRODE) {
            row.addAndGet(OVERRIDES, delta);
        }
        if (f.finding() == Finding.FRAUD_CONFIRMED) {
            row.addAndGet(FRAUD, delta);
        } else if (f.finding() == Finding.FALSE_POSITIVE) {
            row.addAndGet(FALSE_POSITIVES, delta);
        }
    }

    /** Each rule once per decision, however often it fired on it (a rule fires once per scam type it matches). */
    private static java.util.Collection<String> rulesOf(LoggedDecision d) {
        return d.firedRules().isEmpty() ? List.of(NO_RULE) : new java.util.LinkedHashSet<>(d.firedRules());
    }

    private AtomicLongArray row(String ruleset, String rule, LocalDate day) {
        return rows.computeIfAbsent(new Key(ruleset, rule, day), k -> new AtomicLongArray(HITS + 1));
    }

    private static LocalDate day(LoggedDecision d) {
        return LocalDate.ofInstant(d.decidedAt(), ZoneOffset.UTC);
    }
}
