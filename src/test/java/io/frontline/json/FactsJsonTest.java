package io.frontline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.frontline.decide.Ruleset;
import io.frontline.detect.DetectorSettings;
import io.frontline.scenario.ScenarioLoader;
import io.frontline.scenario.ScenarioResult;
import io.frontline.scenario.ScenarioRunner;
import io.frontline.support.StarterPolicy;
import io.frontline.support.TestRules;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactsJsonTest {

    @Test
    void every_scenario_still_passes_when_the_rules_see_its_facts_after_a_trip_through_json() {
        Ruleset starter = StarterPolicy.ruleset();
        AtomicInteger trips = new AtomicInteger();
        Ruleset throughJson = TestRules.evaluatedBy(starter, (facts, ruling) -> {
            String json = toJson(new ArrayList<>(facts));
            List<Object> back = FactsJson.read(Json.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            trips.incrementAndGet();
            starter.evaluate(back, ruling);
        });
        var scenarios = ScenarioLoader.load(StarterPolicy.SCENARIOS).scenarios();
        List<ScenarioResult> results = new ScenarioRunner(throughJson, StarterPolicy.intel().intel(),
                DetectorSettings.DEFAULTS).runAll(scenarios);

        List<String> failed = results.stream().filter(r -> !r.passed())
                .map(r -> r.scenario().name() + ": " + r.failures()).toList();
        assertEquals(List.of(), failed);
        assertTrue(trips.get() >= scenarios.size(), trips + " trips for " + scenarios.size() + " scenarios");
    }

    private static String toJson(List<Object> facts) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
            FactsJson.write(g, facts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
