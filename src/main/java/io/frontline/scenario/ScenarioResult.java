package io.frontline.scenario;

import java.util.List;

/** How one scenario went: passed, or every way the decision differed from what was expected. */
public record ScenarioResult(Scenario scenario, String actualOutcome, List<String> firedRules, List<String> failures) {
    public ScenarioResult {
        firedRules = List.copyOf(firedRules);
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    @Override
    public String toString() {
        return scenario.file() + ": \"" + scenario.name() + "\" "
                + (passed() ? "passed" : "failed: " + String.join("; ", failures));
    }
}
