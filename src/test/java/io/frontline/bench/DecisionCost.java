package io.frontline.bench;

import io.frontline.decide.DecisionListener;
import io.frontline.decide.DecisionService;
import io.frontline.decide.Ruleset;
import io.frontline.decide.RulesetSource;
import io.frontline.detect.AccountMemory;
import io.frontline.detect.DetectorSettings;
import io.frontline.json.RequestReader;
import io.frontline.scenario.Scenario;
import io.frontline.scenario.ScenarioLoader;
import io.frontline.support.StarterPolicy;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Measures the in-process cost of one decision (detectors + rules + combining) for the starter policy over
 * the scenario requests, single-threaded. Not a test (no timing is ever asserted); run it by hand:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xms512m -Xmx512m -XX:+UseParallelGC -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *      io.frontline.bench.DecisionCost
 * </pre>
 */
public final class DecisionCost {
    public static void main(String[] args) {
        int measured = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Ruleset ruleset = StarterPolicy.ruleset();
        var intel = StarterPolicy.intel().intel();
        DecisionService service = new DecisionService(RulesetSource.of(ruleset), intel, new AccountMemory(100_000),
                DetectorSettings.DEFAULTS, Clock.systemUTC(), DecisionListener.NONE);
        List<Scenario> scenarios = ScenarioLoader.load(StarterPolicy.SCENARIOS).scenarios();
        System.out.printf("starter policy %s, %d distinct requests, %d measured, 1 thread%n", ruleset.version(),
                scenarios.size(), measured);
        measure("whole decision", calls(scenarios, service::decide, service::decide), measured);

        // the detectors alone: assessing each request into facts and signals, without rules
        var memory = new AccountMemory(100_000);
        var tx = new io.frontline.detect.TransactionAssessor(intel, memory, DetectorSettings.DEFAULTS);
        var contacts = new io.frontline.detect.ContactAssessor(intel, memory, DetectorSettings.DEFAULTS);
        java.time.Instant now = java.time.Instant.now();
        measure("detectors alone", calls(scenarios, r -> tx.assess(r, now), r -> contacts.assess(r, now)), measured);
    }

    private static List<Runnable> calls(List<Scenario> scenarios,
                                        java.util.function.Consumer<io.frontline.domain.TransactionRequest> transaction,
                                        java.util.function.Consumer<io.frontline.domain.ContactRequest> contact) {
        return scenarios.stream().map(s -> switch (s.subject()) {
            case TRANSACTION -> {
                var r = RequestReader.transaction(s.request());
                yield (Runnable) () -> transaction.accept(r);
            }
            case CONTACT -> {
                var r = RequestReader.contact(s.request());
                yield (Runnable) () -> contact.accept(r);
            }
        }).toList();
    }

    /** Warms up on 50,000 calls, then times each of {@code measured} calls. */
    private static void measure(String what, List<Runnable> calls, int measured) {
        for (int i = 0; i < 50_000; i++) {
            calls.get(i % calls.size()).run();
        }
        long[] nanos = new long[measured];
        long start = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            long t = System.nanoTime();
            calls.get(i % calls.size()).run();
            nanos[i] = System.nanoTime() - t;
        }
        long total = System.nanoTime() - start;
        Arrays.sort(nanos);
        System.out.printf("%-16s p50 %.1f us  p90 %.1f us  p99 %.1f us  p99.9 %.1f us  throughput %.0f /s%n", what,
                nanos[measured / 2] / 1e3, nanos[measured * 9 / 10] / 1e3, nanos[measured * 99 / 100] / 1e3,
                nanos[measured * 999 / 1000] / 1e3, measured / (total / 1e9));
    }
}
