package io.frontline.rules;

import io.frontline.decide.RuleProblem;
import io.frontline.decide.Ruleset;
import io.frontline.decide.RulesetSource;
import io.frontline.decide.RulesetStatus;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Holds the ruleset in force; a request reads it once and keeps it to the end. */
public final class RulesetHolder implements RulesetSource {
    private final AtomicReference<DroolsRuleset> current = new AtomicReference<>();
    private volatile List<RuleProblem> lastProblems = List.of();

    /** Puts a compile result into force if it is clean; otherwise keeps the old ruleset and records why. */
    public boolean offer(RulesetCompiler.Result result) {
        lastProblems = result.problems();
        if (result.ok()) {
            current.set(result.ruleset());
            return true;
        }
        return false;
    }

    @Override
    public Optional<Ruleset> current() {
        return Optional.ofNullable(current.get());
    }

    @Override
    public RulesetStatus status() {
        DroolsRuleset r = current.get();
        if (r == null) {
            return new RulesetStatus(null, List.of(), 0, null, lastProblems);
        }
        return new RulesetStatus(r.version(), r.files(), r.ruleCount(), r.loadedAt(), lastProblems);
    }
}
