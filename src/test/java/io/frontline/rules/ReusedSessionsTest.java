package io.frontline.rules;

import io.frontline.decide.DecisionListener;
import io.frontline.decide.DecisionService;
import io.frontline.decide.Ruleset;
import io.frontline.decide.RulesetSource;
import io.frontline.decide.Ruling;
import io.frontline.detect.AccountMemory;
import io.frontline.detect.DetectorSettings;
import io.frontline.domain.Outcome;
import io.frontline.domain.TransactionRequest;
import io.frontline.json.Json;
import io.frontline.json.RequestReader;
import io.frontline.scenario.Scenario;
import io.frontline.scenario.ScenarioLoader;
import io.frontline.scenario.ScenarioResult;
import io.frontline.scenario.ScenarioRunner;
import io.frontline.support.PolicyCopy;
import io.frontline.support.StarterPolicy;
import io.frontline.support.TestRules;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.StatelessKieSession;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A session kept from one decision for the next decides as a new session would. */
class ReusedSessionsTest {
    private static final String HEADER = """
            package frontline.rules;
            import io.frontline.domain.*;
            global io.frontline.decide.Ruling decision;

            """;

    @Test
    void every_scenario_decides_in_a_kept_session_as_in_a_new_one_whatever_came_before() {
        DroolsRuleset starter = StarterPolicy.ruleset();
        assertTrue(starter.reusesSessions(), "the starter policy has no rule that matches without facts");
        Compared compared = new Compared(starter);
        ScenarioRunner runner = new ScenarioRunner(TestRules.evaluatedBy(starter, compared::evaluate),
                StarterPolicy.intel().intel(), DetectorSettings.DEFAULTS);
        List<Scenario> scenarios = ScenarioLoader.load(StarterPolicy.SCENARIOS).scenarios();
        List<Scenario> reversed = new ArrayList<>(scenarios);
        java.util.Collections.reverse(reversed);
        for (List<Scenario> order : List.of(scenarios, reversed)) {
            for (ScenarioResult result : runner.runAll(order)) {
                assertTrue(result.passed(), result.toString());
            }
        }
        assertEquals(List.of(), compared.differences);
        assertTrue(compared.decisions >= 2 * scenarios.size(), "every scenario was decided: " + compared.decisions);
        assertTrue(compared.notAllowed > scenarios.size(), "most scenarios raise something: " + compared.notAllowed);
    }

    @Test
    void facts_the_rules_insert_are_gone_before_the_next_decision() {
        DroolsRuleset rules = compile("rules/marks.drl", HEADER + """
                declare Large end
                declare Noted end

                rule "Mark a large payment"
                    @policy("T-1") @zh("测试") @en("test")
                when
                    Transaction( amount > 100 )
                then
                    insert(new Large());
                    insert(new Noted());
                end

                rule "Warn on a mark"
                    @policy("T-2") @zh("测试") @en("test")
                when
                    Large()
                then
                    decision.warn();
                end

                rule "Block a small payment beside a mark"
                    @policy("T-3") @zh("测试") @en("test")
                when
                    Transaction( amount <= 100 )
                    ( Large() or Noted() )
                then
                    decision.blockPayment();
                end
                """);
        assertTrue(rules.reusesSessions());
        DecisionService service = service(rules);
        for (int round = 0; round < 3; round++) {
            assertEquals(Outcome.WARN, service.decide(payment("big-" + round, "200.00")).decision().outcome());
            assertEquals(Outcome.ALLOW, service.decide(payment("small-" + round, "50.00")).decision().outcome(),
                    "a mark left from the large payment would block the small one");
        }
    }

    @Test
    void rules_that_match_without_a_fact_of_their_own_match_again_for_every_decision() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("a rule of only not", """
                rule "No marker present"
                    @policy("T-4") @zh("测试") @en("test")
                when
                    not String( this == "marker" )
                then
                    decision.blockPayment();
                end
                """);
        cases.put("a rule of only an eval on the decision so far", """
                rule "Nothing raised yet"
                    @policy("T-5") @zh("测试") @en("test") salience -10
                when
                    eval( decision.outcome() == Outcome.ALLOW )
                then
                    decision.blockPayment();
                end
                """);
        cases.put("a rule of only not in an agenda group another rule focuses", """
                rule "Focus the review group"
                    @policy("T-6") @zh("测试") @en("test") agenda-group "review" auto-focus true
                when
                    Transaction( amount >= 5 )
                then
                    decision.warn();
                end

                rule "No suspicion in the review group"
                    @policy("T-7") @zh("测试") @en("test") agenda-group "review"
                when
                    not ScamSuspicion( )
                then
                    decision.blockPayment();
                end
                """);
        cases.forEach((what, drl) -> {
            DroolsRuleset rules = compile("rules/initial.drl", HEADER + drl);
            assertFalse(rules.reusesSessions(), what + ": a kept session would match it once only");
            DecisionService service = service(rules);
            for (int i = 0; i < 3; i++) {
                assertEquals(Outcome.BLOCK_PAYMENT, service.decide(payment("p-" + i, "10.00")).decision().outcome(),
                        what + ", decision " + i);
            }
        });
    }

    private static DroolsRuleset compile(String file, String drl) {
        PolicyCopy copy = PolicyCopy.create();
        copy.write(file, drl);
        RulesetCompiler.Result r = new RulesetCompiler(Clock.systemUTC()).compile(copy.rules, copy.tables);
        assertTrue(r.ok(), r.problems().toString());
        return r.ruleset();
    }

    private static DecisionService service(Ruleset rules) {
        return new DecisionService(RulesetSource.of(rules), StarterPolicy.intel().intel(), new AccountMemory(1000),
                DetectorSettings.DEFAULTS, Clock.fixed(Instant.parse("2026-11-22T06:00:00Z"),
                ZoneId.of("Asia/Shanghai")), DecisionListener.NONE);
    }

    private static TransactionRequest payment(String id, String amount) {
        return RequestReader.transaction(Json.parseObject("""
                {"transactionId": "%s", "occurredAt": "2026-11-22T13:55:00+08:00", "type": "payment",
                 "amount": "%s", "currency": "CNY", "payer": {"accountId": "acc-r1", "birthYear": 1985},
                 "payee": {"accountId": "shop-1", "category": "groceries"}}""".formatted(id, amount).getBytes()));
    }

    /**
     * The ruleset as frontline runs it, each evaluation also done in a new stateless session with the same facts;
     * what the two rulings differ in is collected.
     */
    private static final class Compared {
        private final DroolsRuleset rules;
        final List<String> differences = new ArrayList<>();
        int decisions;
        int notAllowed;

        Compared(DroolsRuleset rules) {
            this.rules = rules;
        }

        void evaluate(Collection<Object> facts, Ruling ruling) {
            rules.evaluate(facts, ruling);
            Ruling fresh = new Ruling();
            StatelessKieSession session = rules.kieBase().newStatelessKieSession();
            session.setGlobal(DroolsRuleset.GLOBAL, fresh);
            RuleAttribution attribution = new RuleAttribution(rules.meta());
            attribution.use(fresh);
            session.addEventListener(attribution);
            session.execute(new ArrayList<>(facts));
            decisions++;
            if (fresh.outcome() != Outcome.ALLOW) {
                notAllowed++;
            }
            String kept = ruling.outcome() + " " + ruling.firedRules() + " " + ruling.reasons() + " "
                    + ruling.actions() + " " + ruling.leadingScamType();
            String expected = fresh.outcome() + " " + fresh.firedRules() + " " + fresh.reasons() + " "
                    + fresh.actions() + " " + fresh.leadingScamType();
            if (!kept.equals(expected)) {
                differences.add("kept session: " + kept + "\nnew session:  " + expected);
            }
        }
    }
}
