package io.frontline.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.decide.Ruleset;
import io.frontline.decide.RulesetComparison;
import io.frontline.decide.Ruling;
import io.frontline.domain.Outcome;
import io.frontline.domain.Subject;
import io.frontline.json.FactsJson;
import io.frontline.json.Json;
import io.frontline.learn.Finding;
import io.frontline.review.LogEntry;
import io.frontline.review.LogReader;
import io.frontline.review.Segment;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Replays logged decisions through a candidate ruleset beside the ruleset in force: the facts each decision's
 * rules saw are kept in its review-log record ({@code review.keepFacts}), and both rulesets run over exactly
 * those facts, so the difference is the change itself, not the account history or intel since. Reports what
 * changes ({@link RulesetComparison}) and, where people's feedback labels a decision, precision and recall of
 * both: a decision counts as flagged when its outcome is anything but {@code allow}.
 */
public final class Backtest {
    /** The most decisions one backtest reads (their facts are held in memory while it runs). */
    public static final int MAX_DECISIONS = 50_000;

    private Backtest() {}

    /** How well a ruleset's flags match the labels: fraud confirmed or false positive. */
    public record Quality(long labelled, long flaggedFraud, long flaggedFalsePositives, long missedFraud,
                          Double precision, Double recall) {
        static Quality of(long flaggedFraud, long flaggedFalse, long missedFraud, long labelled) {
            long flagged = flaggedFraud + flaggedFalse;
            long fraud = flaggedFraud + missedFraud;
            return new Quality(labelled, flaggedFraud, flaggedFalse, missedFraud,
                    flagged == 0 ? null : (double) flaggedFraud / flagged, fraud == 0 ? null : (double) flaggedFraud / fraud);
        }
    }

    /**
     * What a backtest found.
     *
     * @param read         decision records read
     * @param withoutFacts of those, records kept without their facts (before facts were kept, or with
     *                     {@code review.keepFacts} off), which cannot be replayed
     */
    public record Report(String liveVersion, String candidateVersion, long read, long withoutFacts,
                         RulesetComparison.Report comparison, Quality live, Quality candidate) {}

    /**
     * Replays the last {@code last} decisions of the review log in {@code logDir}.
     *
     * @param label the latest feedback finding on a decision, if any
     */
    public static Report run(Path logDir, int last, Ruleset live, Ruleset candidate,
                             Function<String, Optional<Finding>> label) {
        int wanted = Math.max(1, Math.min(last, MAX_DECISIONS));
        Deque<String> records = lastDecisions(logDir, wanted);
        RulesetComparison comparison = new RulesetComparison();
        long[] liveCounts = new long[3];
        long[] candidateCounts = new long[3];
        long labelled = 0;
        long withoutFacts = 0;
        for (String json : records) {
            JsonNode record = Json.readLogged(json);
            JsonNode facts = record.get("facts");
            if (facts == null || !facts.isArray()) {
                withoutFacts++;
                continue;
            }
            List<Object> replayed = FactsJson.read(facts);
            Ruling before = evaluate(live, replayed);
            Ruling after = evaluate(candidate, replayed);
            String decisionId = record.path("decisionId").asText();
            Subject subject = "contact".equals(record.path("decision").path("subject").asText())
                    ? Subject.CONTACT : Subject.TRANSACTION;
            comparison.record(decisionId, subject, before.outcome(), before.firedRules(), after.outcome(),
                    after.firedRules());
            Optional<Finding> finding = label.apply(decisionId).filter(f -> f != Finding.UNKNOWN);
            if (finding.isPresent()) {
                labelled++;
                count(liveCounts, before.outcome(), finding.get());
                count(candidateCounts, after.outcome(), finding.get());
            }
        }
        return new Report(live.version(), candidate.version(), records.size(), withoutFacts, comparison.report(),
                Quality.of(liveCounts[0], liveCounts[1], liveCounts[2], labelled),
                Quality.of(candidateCounts[0], candidateCounts[1], candidateCounts[2], labelled));
    }

    /** [flagged and fraud, flagged and a false positive, let through and fraud]. */
    private static void count(long[] counts, Outcome outcome, Finding finding) {
        boolean flagged = outcome != Outcome.ALLOW;
        if (finding == Finding.FRAUD_CONFIRMED) {
            counts[flagged ? 0 : 2]++;
        } else if (finding == Finding.FALSE_POSITIVE && flagged) {
            counts[1]++;
        }
    }

    private static Ruling evaluate(Ruleset ruleset, List<Object> facts) {
        Ruling ruling = new Ruling();
        ruleset.evaluate(facts, ruling);
        return ruling;
    }

    /** The JSON of the last {@code wanted} decision records, oldest first, reading segments newest first. */
    private static Deque<String> lastDecisions(Path logDir, int wanted) {
        Deque<String> out = new ArrayDeque<>();
        List<Segment> segments = new ArrayList<>(LogReader.segments(logDir));
        for (int i = segments.size() - 1; i >= 0 && out.size() < wanted; i--) {
            List<String> inSegment = new ArrayList<>();
            LogReader.read(segments.get(i).file(), 0, Long.MAX_VALUE, (LogEntry e) -> {
                if ("decision".equals(e.kind())) {
                    inSegment.add(e.json());
                }
            });
            for (int j = inSegment.size() - 1; j >= 0 && out.size() < wanted; j--) {
                out.addFirst(inSegment.get(j));
            }
        }
        return out;
    }
}
