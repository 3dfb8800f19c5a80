package io.frontline.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.decide.RuleProblem;
import io.frontline.domain.Outcome;
import io.frontline.domain.Subject;
import io.frontline.domain.WireEnum;
import io.frontline.json.Json;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Reads every {@code scenarios/**.json}: a file holds one scenario object or an array of them. */
public final class ScenarioLoader {

    /** The scenarios read and the problems found (a broken scenario file is a problem, not a skip). */
    public record Loaded(List<Scenario> scenarios, List<RuleProblem> problems) {}

    private ScenarioLoader() {}

    public static Loaded load(Path dir) {
        List<Scenario> scenarios = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(RuleProblem.error(dir.toString(), 0, null, "scenario directory not found"));
            return new Loaded(scenarios, problems);
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            problems.add(RuleProblem.error(dir.toString(), 0, null, "cannot list: " + e.getMessage()));
            return new Loaded(scenarios, problems);
        }
        Set<String> names = new HashSet<>();
        for (Path p : files) {
            String rel = "scenarios/" + dir.relativize(p).toString().replace('\\', '/');
            JsonNode root;
            try {
                root = Json.MAPPER.readTree(Files.readAllBytes(p));
            } catch (IOException e) {
                problems.add(RuleProblem.error(rel, 0, null, "not valid JSON: " + e.getMessage().lines().findFirst()
                        .orElse("")));
                continue;
            }
            List<JsonNode> items = new ArrayList<>();
            if (root.isArray()) {
                root.forEach(items::add);
            } else {
                items.add(root);
            }
            for (JsonNode n : items) {
                try {
                    Scenario sc = parse(rel, n);
                    if (!names.add(sc.name())) {
                        problems.add(RuleProblem.error(rel, 0, null, "a second scenario named \"" + sc.name() + "\""));
                    }
                    scenarios.add(sc);
                } catch (IllegalArgumentException e) {
                    problems.add(RuleProblem.error(rel, 0, null, e.getMessage()));
                }
            }
        }
        return new Loaded(scenarios, problems);
    }

    static Scenario parse(String file, JsonNode n) {
        String name = text(n, "name");
        if (name == null) {
            throw new IllegalArgumentException("a scenario needs a \"name\"");
        }
        Subject subject = WireEnum.parse(Subject.class, String.valueOf(text(n, "subject")))
                .orElseThrow(() -> new IllegalArgumentException(name + ": \"subject\" must be transaction or contact"));
        JsonNode request = n.get("request");
        if (request == null || !request.isObject()) {
            throw new IllegalArgumentException(name + ": \"request\" must be an object");
        }
        JsonNode given = n.path("given");
        JsonNode e = n.get("expect");
        if (e == null || !e.isObject()) {
            throw new IllegalArgumentException(name + ": \"expect\" must be an object");
        }
        String outcome = text(e, "outcome");
        if (outcome == null || WireEnum.parse(Outcome.class, outcome).isEmpty()) {
            throw new IllegalArgumentException(name + ": expect.outcome must be one of "
                    + WireEnum.spellings(Outcome.class));
        }
        return new Scenario(file, name, subject, nodes(given.path("history")), nodes(given.path("contacts")),
                strings(given.path("frozenAccounts")), request,
                new Scenario.Expectation(outcome, strings(e.path("rules")), strings(e.path("notRules")),
                        strings(e.path("signals")), text(e, "scamType"), text(e, "route")));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isTextual() ? null : v.textValue();
    }

    private static List<JsonNode> nodes(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
