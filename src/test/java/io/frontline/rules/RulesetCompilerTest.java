package io.frontline.rules;

import io.frontline.decide.RuleProblem;
import io.frontline.support.PolicyCopy;
import io.frontline.support.StarterPolicy;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compiling rules and decision tables: versions, and problems precise enough for policy staff to fix. */
class RulesetCompilerTest {
    private static final String HEADER = """
            package frontline.rules;
            import io.frontline.domain.*;
            global io.frontline.decide.Ruling decision;

            """;
    private final RulesetCompiler compiler = new RulesetCompiler(Clock.systemUTC());

    @Test
    void the_starter_policy_compiles_with_rules_from_drl_and_both_table_formats() {
        RulesetCompiler.Result r = StarterPolicy.compiled();
        assertTrue(r.ok(), r.problems().toString());
        assertTrue(r.problems().stream().noneMatch(RuleProblem::isError));
        DroolsRuleset rs = r.ruleset();
        assertTrue(rs.version().matches("rs-[0-9a-f]{10}"), rs.version());
        assertTrue(rs.generatedDrl().containsKey("decision-tables/payment-thresholds.drl.xlsx"));
        assertTrue(rs.generatedDrl().containsKey("decision-tables/scam-routes.drl.csv"));
        assertTrue(rs.files().stream().allMatch(f -> f.sha256().matches("[0-9a-f]{64}")));
    }

    @Test
    void the_version_is_a_hash_of_the_files() {
        PolicyCopy copy = PolicyCopy.create();
        String before = compiler.compile(copy.rules, copy.tables).ruleset().version();
        assertEquals(before, StarterPolicy.ruleset().version(), "same files, same version wherever they are");
        copy.write("rules/transactions.drl", read(copy, "rules/transactions.drl") + "\n// a comment\n");
        assertNotEquals(before, compiler.compile(copy.rules, copy.tables).ruleset().version());
    }

    @Test
    void a_drl_syntax_error_names_the_file_and_line() {
        PolicyCopy copy = PolicyCopy.create();
        copy.write("rules/broken.drl", HEADER + """
                rule "Broken"
                    @policy("X-1") @zh("x") @en("x")
                when
                    Transaction( amount > )
                then
                    decision.warn();
                end
                """);
        RuleProblem p = firstError(copy);
        assertEquals("rules/broken.drl", p.file());
        assertEquals(8, p.line(), p.toString());
        assertTrue(p.isError());
    }

    @Test
    void an_unknown_fact_property_names_the_file_and_line() {
        PolicyCopy copy = PolicyCopy.create();
        copy.write("rules/typo.drl", HEADER + """
                rule "Typo"
                    @policy("X-2") @zh("x") @en("x")
                when
                    Transaction( amont > 5 )
                then
                    decision.warn();
                end
                """);
        RuleProblem p = firstError(copy);
        assertEquals("rules/typo.drl", p.file());
        assertTrue(p.line() >= 5 && p.line() <= 8, p.toString());
        assertTrue(p.message().contains("amont"), p.message());
    }

    @Test
    void a_rule_without_a_policy_id_or_reason_is_rejected() {
        PolicyCopy copy = PolicyCopy.create();
        copy.write("rules/anonymous.drl", HEADER + """
                rule "Nobody owns this"
                when
                    Transaction( amount > 5 )
                then
                    decision.warn();
                end
                """);
        RuleProblem p = firstError(copy);
        assertEquals("rules/anonymous.drl", p.file());
        assertEquals(5, p.line());
        assertTrue(p.message().contains("@policy"), p.message());
    }

    @Test
    void a_misspelt_escalation_route_is_a_problem_at_compile_time_not_when_the_rule_fires() {
        PolicyCopy copy = PolicyCopy.create();
        copy.write("rules/route.drl", HEADER + """
                rule "Misrouted"
                    @policy("X-3") @zh("x") @en("x")
                when
                    Transaction( amount > 5 )
                then
                    decision.escalate("anti-fraud-specalist", "urgent");
                end
                """);
        RuleProblem p = firstError(copy);
        assertEquals("rules/route.drl", p.file());
        assertEquals(10, p.line(), p.toString());
        assertTrue(p.message().contains("anti-fraud-specalist"), p.message());
    }

    @Test
    void a_misspelt_route_in_a_table_names_its_cell() {
        PolicyCopy copy = PolicyCopy.create();
        String csv = read(copy, "decision-tables/scam-routes.drl.csv").replace("\"anti-fraud-specialist,urgent\",police",
                "\"anti-fraud,urgent\",police");
        copy.write("decision-tables/scam-routes.drl.csv", csv);
        RuleProblem p = firstError(copy);
        assertEquals("decision-tables/scam-routes.drl.csv", p.file());
        assertEquals("I11", p.cell(), p.toString());
    }

    @Test
    void a_broken_spreadsheet_cell_is_reported_with_its_cell() {
        PolicyCopy copy = PolicyCopy.create();
        copy.setCell("decision-tables/payment-thresholds.drl.xlsx", "B12", "DONATIO");
        RuleProblem p = firstError(copy);
        assertEquals("decision-tables/payment-thresholds.drl.xlsx", p.file());
        assertEquals("B12", p.cell(), p.toString());
        assertEquals(12, p.line());
    }

    @Test
    void a_broken_csv_table_cell_is_reported_with_its_cell() {
        PolicyCopy copy = PolicyCopy.create();
        String csv = read(copy, "decision-tables/scam-routes.drl.csv").replace(",police-impersonation,2,", ",police-impersonation,two,");
        copy.write("decision-tables/scam-routes.drl.csv", csv);
        RuleProblem p = firstError(copy);
        assertEquals("decision-tables/scam-routes.drl.csv", p.file());
        assertEquals("D11", p.cell(), p.toString());
    }

    @Test
    void a_table_that_converts_to_no_rules_is_a_problem_not_a_silent_success() {
        PolicyCopy copy = PolicyCopy.create();
        copy.write("decision-tables/empty.drl.csv", "RuleSet,frontline.rules\n,\nRuleTable Empty\n");
        RulesetCompiler.Result r = compiler.compile(copy.rules, copy.tables);
        assertFalse(r.ok());
        assertTrue(r.problems().stream().anyMatch(p -> p.file().equals("decision-tables/empty.drl.csv")
                && p.isError()), r.problems().toString());
    }

    @Test
    void editor_temporary_files_are_ignored() {
        PolicyCopy copy = PolicyCopy.create();
        copy.write("decision-tables/~$payment-thresholds.drl.xlsx", "lock");
        copy.write("rules/.~lock.transactions.drl#", "lock");
        assertTrue(compiler.compile(copy.rules, copy.tables).ok());
    }

    @Test
    void no_rules_at_all_is_a_problem() {
        PolicyCopy copy = PolicyCopy.create();
        RulesetCompiler.Result r = compiler.compile(copy.root.resolve("nothing"), copy.root.resolve("none"));
        assertFalse(r.ok());
        assertNull(r.ruleset());
    }

    /** Compiles the copy, which must fail, and gives its first error. */
    private RuleProblem firstError(PolicyCopy copy) {
        RulesetCompiler.Result r = compiler.compile(copy.rules, copy.tables);
        assertFalse(r.ok(), "the ruleset should not compile");
        return r.problems().stream().filter(RuleProblem::isError).findFirst().orElseThrow();
    }

    private static String read(PolicyCopy copy, String relative) {
        try {
            return java.nio.file.Files.readString(copy.root.resolve(relative));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
