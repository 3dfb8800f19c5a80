package io.frontline.cli;

import io.frontline.support.PolicyCopy;
import io.frontline.support.StarterPolicy;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code frontline check}: what policy staff run in their own CI. */
class CheckCommandTest {

    private static Run check(PolicyCopy copy) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        CheckCommand cmd = new CheckCommand();
        new CommandLine(cmd).parseArgs("--rules", copy.rules.toString(), "--tables", copy.tables.toString(),
                "--intel", StarterPolicy.INTEL.toString(), "--scenarios", StarterPolicy.SCENARIOS.toString());
        int code = cmd.check(out);
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Run(int code, String output) {}

    @Test
    void the_starter_policy_passes_its_own_check() {
        Run run = check(PolicyCopy.create());
        assertEquals(0, run.code, run.output);
        assertTrue(run.output.contains("0 failed"), run.output);
    }

    @Test
    void a_broken_drl_fails_the_check_naming_file_and_line() {
        PolicyCopy copy = PolicyCopy.create();
        copy.write("rules/broken.drl", "package frontline.rules;\n\nrule \"Broken\"\nwhen\n  Transaction( amount > )\nthen\nend\n");
        Run run = check(copy);
        assertEquals(1, run.code);
        assertTrue(run.output.contains("rules/broken.drl:5"), run.output);
    }

    @Test
    void a_broken_spreadsheet_cell_fails_the_check_naming_the_cell() {
        PolicyCopy copy = PolicyCopy.create();
        copy.setCell("decision-tables/payment-thresholds.drl.xlsx", "E15", "lots");
        Run run = check(copy);
        assertEquals(1, run.code);
        assertTrue(run.output.contains("decision-tables/payment-thresholds.drl.xlsx:15 (cell E15)"), run.output);
    }

    @Test
    void a_rule_change_that_breaks_a_scenario_fails_the_check_with_expected_and_actual() {
        PolicyCopy copy = PolicyCopy.create();
        copy.setCell("decision-tables/payment-thresholds.drl.xlsx", "E11", "1000000");
        Run run = check(copy);
        assertEquals(1, run.code);
        assertTrue(run.output.contains("expected outcome block-payment but was"), run.output);
    }
}
