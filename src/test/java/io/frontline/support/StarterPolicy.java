package io.frontline.support;

import io.frontline.detect.Intel;
import io.frontline.rules.DroolsRuleset;
import io.frontline.rules.RulesetCompiler;

import java.nio.file.Path;
import java.time.Clock;

/** The shipped starter policy (rules/, decision-tables/, intel/), compiled once per test JVM. */
public final class StarterPolicy {
    public static final Path ROOT = Path.of("").toAbsolutePath();
    public static final Path RULES = ROOT.resolve("rules");
    public static final Path TABLES = ROOT.resolve("decision-tables");
    public static final Path INTEL = ROOT.resolve("intel");
    public static final Path SCENARIOS = ROOT.resolve("scenarios");

    private static RulesetCompiler.Result compiled;
    private static Intel.Loaded intel;

    private StarterPolicy() {}

    public static synchronized RulesetCompiler.Result compiled() {
        if (compiled == null) {
            compiled = new RulesetCompiler(Clock.systemUTC()).compile(RULES, TABLES);
        }
        return compiled;
    }

    public static DroolsRuleset ruleset() {
        RulesetCompiler.Result r = compiled();
        if (!r.ok()) {
            throw new AssertionError("the starter policy does not compile: " + r.problems());
        }
        return r.ruleset();
    }

    public static synchronized Intel.Loaded intel() {
        if (intel == null) {
            intel = Intel.load(INTEL);
        }
        return intel;
    }
}
