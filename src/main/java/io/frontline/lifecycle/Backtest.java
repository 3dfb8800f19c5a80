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
import io.frontline.review.LogReader;
import io.frontline.review.Segment;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
    /** The most decisions one backtest replays. */
    public static final int MAX_DECISIONS = 200_000;

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
     * @param withoutFacts of those, records that cannot be replayed: kept without their facts (before facts were
     *                     kept, or with {@code review.keepFacts} off), or with facts this version cannot read
     */
    public record Report(String liveVersion, String candidateVersion, long read, long withoutFacts,
                         RulesetComparison.Report comparison, Quality live, Quality candidate) {}

    /**
     * Which logged decisions to replay: the latest {@code last}, or those decided in [{@code from}, {@code to})
     * (either end open when null), at most {@link #MAX_DECISIONS}.
     */
    public record Window(Integer last, Instant from, Instant to) {
        public static Window last(int n) {
            return new Window(n, null, null);
        }

        boolean isTimeRange() {
            return last == null;
        }

        boolean holds(Instant decidedAt) {
            return (from == null || !decidedAt.isBefore(from)) && (to == null || decidedAt.isBefore(to));
        }
    }

    /**
     * Replays the logged decisions of {@code window} from the review log in {@code logDir}, reading it as a stream:
     * only one decision's facts are held at a time.
     *
     * @param label the latest feedback finding on a decision, if any
     */
    public static Report run(Path logDir, Window window, Ruleset live, Ruleset candidate,
                             Function<String, Optional<Finding>> label) {
        Replay replay = new Replay(live, candidate, label);
        List<Segment> segments = LogReader.segments(logDir);
        if (window.isTimeRange()) {
            for (Segment s : segments) {
                if (replay.read >= MAX_DECISIONS) {
                    break;
                }
                if (window.from() != null && lastWritten(s).isBefore(window.from())) {
                    continue; // everything in it was decided before the window
                }
                boolean[] beforeEnd = {false};
                boolean[] anyDecision = {false};
                LogReader.read(s.file(), 0, Long.MAX_VALUE, e -> {
                    if ("decision".equals(e.kind()) && replay.read < MAX_DECISIONS) {
                        JsonNode record = Json.readLogged(e.json());
                        Instant at = decidedAt(record);
                        anyDecision[0] = true;
                        beforeEnd[0] |= window.to() == null || at.isBefore(window.to());
                        if (window.holds(at)) {
                            replay.accept(record);
                        }
                    }
                });
                if (anyDecision[0] && !beforeEnd[0]) {
                    break; // segments are in time order: the rest are after the window too
                }
            }
        } else {
            int wanted = Math.max(1, Math.min(window.last(), MAX_DECISIONS));
            // newest segment first, counting decisions, to find where the last ones start
            int first = segments.size();
            long startOffset = 0;
            int found = 0;
            for (int i = segments.size() - 1; i >= 0 && found < wanted; i--) {
                List<Long> offsets = new ArrayList<>();
                LogReader.read(segments.get(i).file(), 0, Long.MAX_VALUE, e -> {
                    if ("decision".equals(e.kind())) {
                        offsets.add(e.offset());
                    }
                });
                first = i;
                int take = Math.min(wanted - found, offsets.size());
                found += take;
                startOffset = take == 0 ? Long.MAX_VALUE : offsets.get(offsets.size() - take);
            }
            for (int i = first; i < segments.size(); i++) {
                LogReader.read(segments.get(i).file(), i == first ? startOffset : 0, Long.MAX_VALUE, e -> {
                    if ("decision".equals(e.kind())) {
                        replay.accept(Json.readLogged(e.json()));
                    }
                });
            }
        }
        return replay.report();
    }

    /** The latest {@code last} decisions (see {@link #run(Path, Window, Ruleset, Ruleset, Function)}). */
    public static Report run(Path logDir, int last, Ruleset live, Ruleset candidate,
                             Function<String, Optional<Finding>> label) {
        return run(logDir, Window.last(last), live, candidate, label);
    }

    private static Instant lastWritten(Segment s) {
        try {
            return java.nio.file.Files.getLastModifiedTime(s.file()).toInstant();
        } catch (java.io.IOException e) {
            return Instant.MAX; // gone or unreadable: read it (it reads as empty if gone)
        }
    }

    private static Instant decidedAt(JsonNode record) {
        String at = record.path("decision").path("decidedAt").asText("");
        return at.isEmpty() ? Instant.EPOCH : OffsetDateTime.parse(at).toInstant();
    }

    /** Replays records one at a time, counting as it goes. */
    private static final class Replay {
        private final Ruleset live;
        private final Ruleset candidate;
        private final Function<String, Optional<Finding>> label;
        private final RulesetComparison comparison = new RulesetComparison();
        private final long[] liveCounts = new long[3];
        private final long[] candidateCounts = new long[3];
        private long read;
        private long labelled;
        private long withoutFacts;

        Replay(Ruleset live, Ruleset candidate, Function<String, Optional<Finding>> label) {
            this.live = live;
            this.candidate = candidate;
            this.label = label;
        }

        void accept(JsonNode record) {
            read++;
            JsonNode facts = record.get("facts");
            if (facts == null || !facts.isArray()) {
                withoutFacts++;
                return;
            }
            List<Object> replayed;
            try {
                replayed = FactsJson.read(facts);
            } catch (RuntimeException e) {
                withoutFacts++; // facts this version cannot read back: not replayable either
                return;
            }
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

        Report report() {
            return new Report(live.version(), candidate.version(), read, withoutFacts, comparison.report(),
                    Quality.of(liveCounts[0], liveCounts[1], liveCounts[2], labelled),
                    Quality.of(candidateCounts[0], candidateCounts[1], candidateCounts[2], labelled));
        }
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
}
