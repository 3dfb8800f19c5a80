package io.frontline.rules;

import io.frontline.decide.RuleProblem;
import io.frontline.decide.ScriptBook;
import io.frontline.detect.CsvLines;
import io.frontline.domain.Language;
import io.frontline.domain.WireEnum;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads agent scripts from {@code decision-tables/agent-scripts.csv}:
 * {@code scam_type,language,step_1,step_2,step_3[,...]}, one row per scam type and language.
 */
final class ScriptBookReader {
    private ScriptBookReader() {}

    static ScriptBook read(String name, byte[] content, List<RuleProblem> problems) {
        Map<String, Map<Language, List<String>>> scripts = new HashMap<>();
        for (CsvLines.Row row : CsvLines.parse(new String(content, StandardCharsets.UTF_8))) {
            String type = row.cell(0);
            Optional<Language> language = WireEnum.parse(Language.class, row.cell(1));
            List<String> steps = new ArrayList<>();
            for (int i = 2; i < row.cells().size(); i++) {
                if (!row.cell(i).isEmpty()) {
                    steps.add(row.cell(i));
                }
            }
            if (type.isEmpty()) {
                problems.add(RuleProblem.error(name, row.line(), null, "scam type is empty"));
            } else if (language.isEmpty()) {
                problems.add(RuleProblem.error(name, row.line(), null, "language '" + row.cell(1)
                        + "' is not one of " + WireEnum.spellings(Language.class)));
            } else if (steps.size() < 2) {
                problems.add(RuleProblem.error(name, row.line(), null, "a script needs at least two steps"));
            } else if (scripts.computeIfAbsent(type, k -> new EnumMap<>(Language.class))
                    .putIfAbsent(language.get(), steps) != null) {
                problems.add(RuleProblem.error(name, row.line(), null, "a second script for " + type + " in "
                        + row.cell(1)));
            }
        }
        return new ScriptBook(scripts);
    }
}
