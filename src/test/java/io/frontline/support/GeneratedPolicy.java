package io.frontline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A large policy for measuring: the starter policy plus {@code rules} generated DRL rules and a decision table of
 * {@code rows} rows, each rule and row watching its own payee account, so the starter scenarios still pass.
 */
public final class GeneratedPolicy {
    private GeneratedPolicy() {}

    /** A copy of the starter policy with the generated rules and table added. */
    public static PolicyCopy create(int rules, int rows) {
        PolicyCopy copy = PolicyCopy.create();
        StringBuilder drl = new StringBuilder("""
                package frontline.rules;
                import io.frontline.domain.*;
                global io.frontline.decide.Ruling decision;
                """);
        for (int i = 0; i < rules; i++) {
            drl.append("""

                    rule "Generated payee watch %1$d"
                        @policy("GEN-%1$d") @zh("生成的规则 %1$d") @en("Generated rule %1$d")
                    when
                        $t : Transaction( payeeAccountId == "acc-gen-%1$d", amount >= %2$d )
                    then
                        decision.warn();
                        decision.evidence("amount", $t.getAmount());
                    end
                    """.formatted(i, 100 + i % 900));
        }
        copy.write("rules/generated.drl", drl.toString());
        String q = "\"";
        StringBuilder csv = new StringBuilder(String.join("\n",
                "RuleSet,frontline.rules,,,,,,",
                "Import," + q + "io.frontline.domain.*" + q + ",,,,,,",
                "Variables,io.frontline.decide.Ruling decision,,,,,,",
                ",,,,,,,",
                "RuleTable Generated payee limits,,,,,,,",
                "NAME,CONDITION,CONDITION,METADATA,METADATA,METADATA,ACTION",
                ",$t : Transaction...,$t : Transaction...,,,,",
                "," + q + "payeeAccountId == " + q + q + "$param" + q + q + q + ",amount >= $param,"
                        + q + "policy(" + q + q + "$param" + q + q + ")" + q + ","
                        + q + "zh(" + q + q + "$param" + q + q + ")" + q + ","
                        + q + "en(" + q + q + "$param" + q + q + ")" + q + ",decision.warn();",
                "Situation,Payee,Minimum amount,Policy id,Reason (zh-Hans),Reason (en),Warn", ""));
        for (int j = 0; j < rows; j++) {
            csv.append("Generated payee limit ").append(j).append(",acc-row-").append(j).append(',')
                    .append(500 + j % 5000).append(",GENT-").append(j).append(",生成的限额 ").append(j)
                    .append(",Generated limit ").append(j).append(",X\n");
        }
        copy.write("decision-tables/generated-limits.drl.csv", csv.toString());
        return copy;
    }

    /** Removes the copy. */
    public static void delete(PolicyCopy copy) {
        try (var files = Files.walk(copy.root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
