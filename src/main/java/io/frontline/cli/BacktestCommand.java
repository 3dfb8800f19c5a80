package io.frontline.cli;

import io.frontline.decide.RuleProblem;
import io.frontline.detect.DetectorSettings;
import io.frontline.detect.Intel;
import io.frontline.json.LearningJson;
import io.frontline.learn.Finding;
import io.frontline.lifecycle.Backtest;
import io.frontline.lifecycle.PolicyGate;
import io.frontline.review.LogReader;
import io.frontline.rules.RulesetCompiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Backtests a candidate policy against the baseline policy over a review log, for policy CI: both are compiled
 * (the candidate also runs its scenarios), then the latest logged decisions are replayed through both
 * ({@link Backtest}). Prints what would change; exits 1 when the candidate does not pass or changes more
 * decisions than allowed.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Replay logged decisions through a candidate policy beside the baseline one.")
public final class BacktestCommand implements Callable<Integer> {
    @Mixin
    PolicyPaths policy = new PolicyPaths();

    @Option(names = "--candidate", required = true,
            description = "the candidate policy: a directory holding rules/, decision-tables/ and scenarios/")
    Path candidate;

    @Option(names = "--data", description = "data directory holding review-log/ (default: ${DEFAULT-VALUE})",
            defaultValue = "data")
    Path data;

    @Option(names = "--last", description = "how many of the latest decisions to replay (default: ${DEFAULT-VALUE})",
            defaultValue = "10000")
    int last;

    @Option(names = "--from", description = "replay the decisions made from this time on (ISO 8601, e.g. "
            + "2026-11-01T00:00:00+08:00) instead of the latest --last")
    java.time.OffsetDateTime from;

    @Option(names = "--to", description = "with --from or alone: replay the decisions made before this time")
    java.time.OffsetDateTime to;

    @Option(names = "--max-changed-percent", description = "fail when more decisions than this change outcome")
    Double maxChangedPercent;

    @Override
    public Integer call() {
        return backtest(System.out);
    }

    /** Runs the backtest, printing to {@code out}; the exit code. */
    public int backtest(PrintStream out) {
        Intel.Loaded loadedIntel = Intel.load(policy.intel);
        RulesetCompiler.Result baseline = new RulesetCompiler(Clock.systemUTC()).compile(policy.rules, policy.tables);
        if (!baseline.ok()) {
            baseline.problems().stream().map(RuleProblem::toString).forEach(p -> out.println("FAIL baseline " + p));
            return 1;
        }
        RulesetCompiler.Result checked = new PolicyGate(candidate.resolve("rules"), candidate.resolve("decision-tables"),
                candidate.resolve("scenarios"), DetectorSettings.DEFAULTS, Clock.systemUTC()).check(loadedIntel);
        if (!checked.ok()) {
            checked.problems().stream().filter(RuleProblem::isError)
                    .forEach(p -> out.println("FAIL candidate " + p));
            return 1;
        }
        if (from != null && to != null && !from.isBefore(to)) {
            out.println("FAIL --to must be after --from");
            return 2;
        }
        Path log = data.resolve("review-log");
        if (!Files.isDirectory(log)) {
            out.println("FAIL no review log in " + log);
            return 1;
        }
        Map<String, Finding> labels = new HashMap<>();
        LogReader.read(log, e -> {
            if ("feedback".equals(e.kind())) {
                LearningJson.FeedbackEvent f = LearningJson.readFeedbackEvent(e.json());
                labels.put(f.decision().decisionId(), f.feedback().finding());
            }
        });
        Backtest.Window window = from == null && to == null ? Backtest.Window.last(last)
                : new Backtest.Window(null, from == null ? null : from.toInstant(), to == null ? null : to.toInstant());
        Backtest.Report r = Backtest.run(log, window, baseline.ruleset(), checked.ruleset(),
                id -> Optional.ofNullable(labels.get(id)));
        long replayed = r.comparison().compared();
        out.printf("baseline %s, candidate %s: %d decisions read, %d replayed (%d kept without facts)%n",
                r.liveVersion(), r.candidateVersion(), r.read(), replayed, r.withoutFacts());
        out.printf("outcome changed: %d (%.2f %%); fired rules changed: %d%n", r.comparison().changed(),
                percent(r.comparison().changed(), replayed), r.comparison().rulesChanged());
        r.comparison().transitions().stream().filter(t -> t.from() != t.to()).forEach(t ->
                out.printf("  %s -> %s: %d%n", t.from().wire(), t.to().wire(), t.count()));
        r.comparison().rules().stream().filter(h -> h.live() != h.candidate()).forEach(h ->
                out.printf("  rule \"%s\": %d -> %d hits%n", h.rule(), h.live(), h.candidate()));
        out.printf("labelled: %d; precision %s -> %s; recall %s -> %s%n", r.live().labelled(),
                ratio(r.live().precision()), ratio(r.candidate().precision()), ratio(r.live().recall()),
                ratio(r.candidate().recall()));
        if (replayed == 0) {
            out.println("FAIL no logged decision could be replayed: the service keeps facts only with"
                    + " review.keepFacts=true");
            return 1;
        }
        if (maxChangedPercent != null && percent(r.comparison().changed(), replayed) > maxChangedPercent) {
            out.printf("FAIL more than %.2f %% of decisions change outcome%n", maxChangedPercent);
            return 1;
        }
        return 0;
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static String ratio(Double value) {
        return value == null ? "-" : String.format("%.3f", value);
    }
}
