package io.frontline.rules;

import io.frontline.decide.Ruling;
import io.frontline.detect.AccountMemory;
import io.frontline.detect.DetectorSettings;
import io.frontline.detect.TransactionAssessor;
import io.frontline.domain.Outcome;
import io.frontline.json.Json;
import io.frontline.json.RequestReader;
import io.frontline.support.PolicyCopy;
import io.frontline.support.StarterPolicy;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worked example of docs/rules-guide.md compiles and does what the guide says. */
class RulesGuideTest {

    @Test
    void the_worked_example_rule_compiles_and_holds_the_payment() throws Exception {
        String guide = Files.readString(StarterPolicy.ROOT.resolve("docs/rules-guide.md"));
        String example = guide.substring(guide.indexOf("## Worked example"));
        String drl = example.substring(example.indexOf("```\n") + 4, example.indexOf("\n```", example.indexOf("```\n") + 4));
        PolicyCopy copy = PolicyCopy.create();
        copy.write("rules/worked-example.drl", """
                package frontline.rules;
                import io.frontline.domain.*;
                global io.frontline.decide.Ruling decision;
                """ + drl + "\n");
        RulesetCompiler.Result result = new RulesetCompiler(Clock.systemUTC()).compile(copy.rules, copy.tables);
        assertTrue(result.ok(), result.problems().toString());

        var request = RequestReader.transaction(Json.parseObject("""
                {"transactionId":"t-guide","occurredAt":"2026-11-22T10:00:00+08:00","type":"transfer",
                 "amount":"3000.00","currency":"CNY","payer":{"accountId":"a-guide","birthYear":1940},
                 "payee":{"accountId":"p-guide"},"session":{"activeCall":true}}""".getBytes()));
        var assessment = new TransactionAssessor(StarterPolicy.intel().intel(), new AccountMemory(10),
                DetectorSettings.DEFAULTS).assess(request, request.occurredAt().toInstant());
        Ruling ruling = new Ruling();
        result.ruleset().evaluate(assessment.facts(), ruling);
        assertEquals(Outcome.BLOCK_PAYMENT, ruling.outcome());
        assertTrue(ruling.firedRules().contains("Transfer by a customer aged 80 or over during a call"));
    }
}
