package io.frontline.lifecycle;

import io.frontline.decide.RuleProblem;
import io.frontline.detect.DetectorSettings;
import io.frontline.detect.Intel;
import io.frontline.rules.DroolsRuleset;
import io.frontline.rules.RulesetCompiler;
import io.frontline.scenario.ScenarioLoader;
import io.frontline.scenario.ScenarioResult;
import io.frontline.scenario.ScenarioRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a policy must pass before it serves: its rules and tables compile (spreadsheets converted afresh),
 * the intel it is read with loads cleanly, and every scenario gives the expected decision. Running the scenarios
 * (three rounds) also warms the new rule base up, whose first evaluations are slow. Used at start and for every
 * reload; a failing scenario is an error naming its file and the expected against the actual decision.
 */
public final class PolicyGate {
    private static final Logger log = LoggerFactory.getLogger(PolicyGate.class);

    private final Path rules;
    private final Path tables;
    private final Path scenarios;
    private final DetectorSettings settings;
    private final Clock clock;

    public PolicyGate(Path rules, Path tables, Path scenarios, DetectorSettings settings, Clock clock) {
        this.rules = rules;
        this.tables = tables;
        this.scenarios = scenarios;
        this.settings = settings;
        this.clock = clock;
    }

    /** The same gate over a policy in other directories (a draft). */
    public PolicyGate at(PolicyTree.Dirs dirs) {
        return new PolicyGate(dirs.rules(), dirs.tables(), dirs.scenarios(), settings, clock);
    }

    /** A compile result whose problems include failing scenarios; its ruleset is null unless all passed. */
    public RulesetCompiler.Result check(Intel.Loaded intel) {
        long start = System.nanoTime();
        RulesetCompiler.Result compiled = new RulesetCompiler(clock).compile(rules, tables);
        long compiledAt = System.nanoTime();
        List<RuleProblem> problems = new ArrayList<>(compiled.problems());
        intel.problems().forEach(p -> problems.add(RuleProblem.error("intel", 0, null, p)));
        if (compiled.ok() && intel.problems().isEmpty()) {
            problems.addAll(scenarios(compiled.ruleset(), intel.intel()));
        }
        boolean clean = problems.stream().noneMatch(RuleProblem::isError);
        log.info("policy checked in {} ms (compile {} ms, scenarios {} ms): {}", (System.nanoTime() - start) / 1_000_000,
                (compiledAt - start) / 1_000_000, (System.nanoTime() - compiledAt) / 1_000_000,
                clean ? "ruleset " + compiled.ruleset().version() + " passes" : "rejected");
        return new RulesetCompiler.Result(clean ? compiled.ruleset() : null, problems);
    }

    private List<RuleProblem> scenarios(DroolsRuleset ruleset, Intel intel) {
        if (!Files.isDirectory(scenarios)) {
            log.warn("no scenarios at {}: the ruleset serves unchecked and cold", scenarios.toAbsolutePath());
            return List.of();
        }
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(scenarios);
        ScenarioRunner runner = new ScenarioRunner(ruleset, intel, settings);
        List<ScenarioResult> results = List.of();
        for (int round = 0; round < 3; round++) {
            results = runner.runAll(loaded.scenarios());
        }
        List<RuleProblem> problems = new ArrayList<>(loaded.problems());
        results.stream().filter(r -> !r.passed()).forEach(r -> problems.add(RuleProblem.error(r.scenario().file(), 0,
                null, "scenario \"" + r.scenario().name() + "\": " + String.join("; ", r.failures()))));
        return problems;
    }
}
