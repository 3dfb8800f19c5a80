package io.frontline.rules;

import io.frontline.decide.RuleProblem;
import io.frontline.support.PolicyCopy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A policy reads the facts and raises the decision: anything that reaches further is refused before compiling. */
class PolicyGuardTest {
    private static final String HEADER = """
            package frontline.rules;
            import io.frontline.domain.*;
            global io.frontline.decide.Ruling decision;
            """;
    private static final String RULE = """
            rule "Large payment"
                @policy("T-1") @zh("大额") @en("Large")
            when
                $t : Transaction( amount > 100000 )
            then
                %s
            end
            """;

    private static List<String> violations(String drl) {
        return PolicyGuard.check(drl).stream().map(v -> v.line() + ": " + v.message()).toList();
    }

    @Test
    void the_starter_policy_passes() throws IOException {
        for (String file : List.of("rules/transactions.drl", "rules/contacts.drl")) {
            assertEquals(List.of(), violations(Files.readString(java.nio.file.Path.of(file))), file);
        }
    }

    @Test
    void reading_facts_and_raising_the_decision_passes_whatever_the_comments_and_strings_say() {
        assertEquals(List.of(), violations(HEADER + "// System.exit(0) is not for rules\n" + RULE.formatted(
                "decision.blockPayment(); decision.evidence(\"note\", \"System.exit(0); java.io.File\");")));
        assertEquals(List.of(), violations(HEADER + "declare Score value : int end\n"
                + "rule PlainName @policy(\"T-2\") @zh(\"x\") @en(\"x\") when $t : Transaction( type == "
                + "TransactionType.DONATION, amount.compareTo(java.math.BigDecimal.TEN) > 0 ) then "
                + "decision.warn(); end"));
    }

    @Test
    void process_control_threads_files_network_and_reflection_are_refused_with_their_line() {
        assertTrue(violations(HEADER + RULE.formatted("System.exit(0);")).get(0).startsWith("9: uses System"));
        assertTrue(violations(HEADER + RULE.formatted("java.lang.Runtime.getRuntime().exec(\"rm\");")).stream()
                .anyMatch(v -> v.contains("names java.lang.Runtime.getRuntime")));
        assertTrue(violations(HEADER + RULE.formatted("new Thread(() -> {}).start();")).get(0).contains("Thread"));
        assertTrue(violations(HEADER + RULE.formatted("$t.getClass().getClassLoader();")).stream()
                .anyMatch(v -> v.contains("calls getClass")));
        assertTrue(violations(HEADER + RULE.formatted("Class.forName(\"x\");")).stream()
                .anyMatch(v -> v.contains("uses Class")));
        assertTrue(violations(HEADER + RULE.formatted("drools.getKieRuntime().halt();")).get(0).contains("uses drools"));
        assertTrue(violations("package p;\nimport java.io.File;\n" + RULE.formatted("decision.warn();")).get(0)
                .startsWith("2: imports java.io.File"));
        assertTrue(violations("package p;\nimport java.net.*;\n" + RULE.formatted("decision.warn();")).get(0)
                .contains("imports java.net.*"));
        assertTrue(violations("package p;\nimport function java.lang.System.exit;\n").get(0)
                .contains("may not import functions"));
        assertTrue(violations("package p;\nglobal java.util.List sink;\n").get(0).contains("the only global"));
    }

    @Test
    void bare_class_loading_calls_and_the_rule_context_are_refused_wherever_they_stand() {
        assertEquals(List.of("9: calls forName: reflection, class loading and process control are not for policies"),
                violations(HEADER + RULE.formatted("forName (\"x\");")));
        assertTrue(violations(HEADER + RULE.formatted("decision.warn(); loadClass(\"x\");")).get(0)
                .startsWith("9: calls loadClass"));
        assertTrue(violations(HEADER + RULE.formatted("\n\ngetRuntime();")).get(0).startsWith("11: calls getRuntime"));
        assertTrue(violations(HEADER + RULE.formatted("kcontext . getKieRuntime();")).get(0)
                .startsWith("9: uses kcontext"));
        assertTrue(violations(HEADER + "declare Sink end\nglobal java.util.List sink;\n").stream()
                .anyMatch(v -> v.startsWith("5: declares the global java.util.List sink")));
        // names that merely contain them are the policy's own
        assertEquals(List.of(), violations(HEADER + "declare Score myforName : int end\n"
                + RULE.formatted("decision.warn(); // kcontext.x\n")));
    }

    @Test
    void a_table_that_calls_out_is_refused_and_named_before_it_compiles() {
        PolicyCopy copy = PolicyCopy.create();
        String csv = read(copy, "decision-tables/scam-routes.drl.csv").replace(",decision.warn();,",
                ",System.exit(0);,");
        copy.write("decision-tables/scam-routes.drl.csv", csv);
        RulesetCompiler.Result r = new RulesetCompiler(Clock.systemUTC()).compile(copy.rules, copy.tables);
        assertFalse(r.ok());
        RuleProblem p = r.problems().stream().filter(RuleProblem::isError).findFirst().orElseThrow();
        assertEquals("decision-tables/scam-routes.drl.csv", p.file());
        assertTrue(p.message().startsWith("uses System"), p.toString());
    }

    private static String read(PolicyCopy copy, String relative) {
        try {
            return Files.readString(copy.root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
