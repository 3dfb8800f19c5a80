package io.frontline.support;

import io.frontline.decide.Ruleset;
import io.frontline.decide.Ruling;
import io.frontline.decide.ScriptBook;

import java.util.Collection;
import java.util.function.BiConsumer;

/** Small rules for tests that change the policy, each with the scenario the gate needs for it. */
public final class TestRules {
    private TestRules() {}

    /** {@code rules} — its version and scripts — with every evaluation done by {@code evaluate} instead. */
    public static Ruleset evaluatedBy(Ruleset rules, BiConsumer<Collection<Object>, Ruling> evaluate) {
        return new Ruleset() {
            @Override
            public String version() {
                return rules.version();
            }

            @Override
            public ScriptBook scripts() {
                return rules.scripts();
            }

            @Override
            public void evaluate(Collection<Object> facts, Ruling ruling) {
                evaluate.accept(facts, ruling);
            }
        };
    }

    /**
     * A DRL file of one rule, named {@code name} with policy id {@code policy}, that fires on every payment to
     * {@code payee} and takes the action {@code action} (e.g. {@code decision.blockPayment();}).
     */
    public static String payeeRule(String name, String policy, String payee, String action) {
        return """
                package frontline.rules;
                import io.frontline.domain.*;
                global io.frontline.decide.Ruling decision;

                rule "%s"
                    @policy("%s") @zh("测试规则") @en("%s")
                when
                    Transaction( payee.accountId == "%s" )
                then
                    %s
                end
                """.formatted(name, policy, name, payee, action);
    }

    /** A scenario file expecting a payment to {@code payee} to come out {@code outcome}, fired by {@code rule}. */
    public static String payeeScenario(String payee, String outcome, String rule) {
        return """
                [{"name": "A payment to %1$s is %2$s", "subject": "transaction",
                  "request": {"transactionId": "sc-%1$s", "occurredAt": "2026-11-22T10:00:00+08:00", "amount": "10.00",
                              "currency": "CNY", "payer": {"accountId": "acc-scenario-payer"},
                              "payee": {"accountId": "%1$s"}},
                  "expect": {"outcome": "%2$s", "rules": ["%3$s"]}}]
                """.formatted(payee, outcome, rule);
    }
}
