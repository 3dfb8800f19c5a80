package io.frontline.scenario;

import io.frontline.detect.DetectorSettings;
import io.frontline.support.StarterPolicy;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every golden case under scenarios/ against the starter policy. */
class ScenariosTest {

    @Test
    void every_scenario_file_reads_cleanly() {
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(StarterPolicy.SCENARIOS);
        assertEquals(List.of(), loaded.problems());
        assertTrue(loaded.scenarios().size() >= 80, "at least 80 scenarios, found " + loaded.scenarios().size());
    }

    @Test
    void intel_files_read_cleanly() {
        assertEquals(List.of(), StarterPolicy.intel().problems());
    }

    @TestFactory
    Stream<DynamicTest> scenarios() {
        ScenarioRunner runner = new ScenarioRunner(StarterPolicy.ruleset(), StarterPolicy.intel().intel(),
                DetectorSettings.DEFAULTS);
        return ScenarioLoader.load(StarterPolicy.SCENARIOS).scenarios().stream()
                .map(s -> DynamicTest.dynamicTest(s.file() + ": " + s.name(), () -> {
                    ScenarioResult result = runner.run(s);
                    assertTrue(result.passed(), result.toString());
                }));
    }
}
