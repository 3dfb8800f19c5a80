package io.frontline.cli;

import io.frontline.decide.RuleProblem;
import io.frontline.detect.DetectorSettings;
import io.frontline.detect.Intel;
import io.frontline.rules.RulesetCompiler;
import io.frontline.scenario.ScenarioLoader;
import io.frontline.scenario.ScenarioResult;
import io.frontline.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Compiles the policy and runs every scenario against it; exits non-zero with each problem listed. This is
 * what policy staff run in their own CI.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compile rules and decision tables, run every scenario, list each problem.")
public final class CheckCommand implements Callable<Integer> {
    @Mixin
    PolicyPaths policy = new PolicyPaths();

    @Option(names = "--scenarios", description = "scenario directory (default: ${DEFAULT-VALUE})",
            defaultValue = "scenarios")
    Path scenarios;

    @Option(names = {"-v", "--verbose"}, description = "list passing scenarios too")
    boolean verbose;

    @Override
    public Integer call() {
        return check(System.out);
    }

    int check(PrintStream out) {
        List<String> problems = new ArrayList<>();
        RulesetCompiler.Result compiled = new RulesetCompiler(Clock.systemUTC()).compile(policy.rules, policy.tables);
        compiled.problems().stream().map(RuleProblem::toString).forEach(problems::add);
        Intel.Loaded loadedIntel = Intel.load(policy.intel);
        loadedIntel.problems().forEach(p -> problems.add("intel/" + p));
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(scenarios);
        loaded.problems().stream().map(RuleProblem::toString).forEach(problems::add);
        int passed = 0;
        int failed = 0;
        if (compiled.ok()) {
            ScenarioRunner runner = new ScenarioRunner(compiled.ruleset(), loadedIntel.intel(), DetectorSettings.DEFAULTS);
            for (ScenarioResult r : runner.runAll(loaded.scenarios())) {
                if (r.passed()) {
                    passed++;
                    if (verbose) {
                        out.println("ok   " + r.scenario().file() + ": " + r.scenario().name());
                    }
                } else {
                    failed++;
                    problems.add(r.toString());
                }
            }
        }
        problems.forEach(p -> out.println("FAIL " + p));
        boolean errors = failed > 0 || !compiled.ok() || !loaded.problems().isEmpty()
                || !loadedIntel.problems().isEmpty();
        if (compiled.ok()) {
            out.printf("ruleset %s: %d rules; scenarios: %d passed, %d failed%n", compiled.ruleset().version(),
                    compiled.ruleset().ruleCount(), passed, failed);
        } else {
            out.println("the ruleset does not compile: scenarios not run");
        }
        return errors ? 1 : 0;
    }
}
