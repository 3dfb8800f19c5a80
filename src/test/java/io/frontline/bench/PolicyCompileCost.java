package io.frontline.bench;

import io.frontline.detect.DetectorSettings;
import io.frontline.detect.Intel;
import io.frontline.lifecycle.PolicyGate;
import io.frontline.rules.RulesetCompiler;
import io.frontline.support.GeneratedPolicy;
import io.frontline.support.PolicyCopy;
import io.frontline.support.StarterPolicy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long the policy gate takes — compile (tables converted afresh), then every scenario three times, which
 * also warms the rule base up — for the starter policy and for a generated large one (default 1,000 DRL rules
 * and a 10,000-row table on top of the starter policy). Each is checked several times in one JVM; the first
 * round is cold. Not a test; run it by hand:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.frontline.bench.PolicyCompileCost [rules] [rows] [rounds]
 * </pre>
 */
public final class PolicyCompileCost {
    public static void main(String[] args) {
        int rules = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        DetectorSettings settings = DetectorSettings.DEFAULTS;
        Intel.Loaded intel = StarterPolicy.intel();
        PolicyCopy large = GeneratedPolicy.create(rules, rows);
        try {
            Map<String, Object> results = new LinkedHashMap<>();
            results.put("starter", measure("starter policy", StarterPolicy.RULES, StarterPolicy.TABLES,
                    StarterPolicy.SCENARIOS, settings, intel, rounds));
            Map<String, Object> largeResults = measure("starter + " + rules + " rules + " + rows + "-row table",
                    large.rules, large.tables, large.scenarios, settings, intel, rounds);
            largeResults.put("generatedRules", rules);
            largeResults.put("tableRows", rows);
            results.put("large", largeResults);
            BenchResults.save("policy-compile", results);
        } finally {
            GeneratedPolicy.delete(large);
        }
    }

    /** Compile and gate times: of the first round (cold), and the fastest of the later ones. */
    private static Map<String, Object> measure(String name, java.nio.file.Path rules, java.nio.file.Path tables,
                                               java.nio.file.Path scenarios, DetectorSettings settings,
                                               Intel.Loaded intel, int rounds) {
        PolicyGate gate = new PolicyGate(rules, tables, scenarios, settings, Clock.systemUTC());
        Map<String, Object> out = new LinkedHashMap<>();
        long warmCompile = Long.MAX_VALUE;
        long warmGate = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            RulesetCompiler.Result compiled = new RulesetCompiler(Clock.systemUTC()).compile(rules, tables);
            long compileMillis = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            RulesetCompiler.Result checked = gate.check(intel);
            long gateMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%-45s round %d: compile %5d ms (%d rules), gate (compile + scenarios x3) %5d ms: %s%n",
                    name, round, compileMillis, compiled.ok() ? compiled.ruleset().ruleCount() : -1, gateMillis,
                    checked.ok() ? "passes" : checked.problems().subList(0, Math.min(3, checked.problems().size())));
            if (round == 0) {
                out.put("ruleCount", compiled.ok() ? compiled.ruleset().ruleCount() : -1);
                out.put("coldCompileMs", compileMillis);
                out.put("coldGateMs", gateMillis);
                out.put("passes", checked.ok());
            } else {
                warmCompile = Math.min(warmCompile, compileMillis);
                warmGate = Math.min(warmGate, gateMillis);
            }
        }
        if (rounds > 1) {
            out.put("warmCompileMs", warmCompile);
            out.put("warmGateMs", warmGate);
        }
        return out;
    }
}
