package io.frontline.rules;

import io.frontline.decide.RuleProblem;
import io.frontline.decide.RulesetStatus;
import io.frontline.decide.ScriptBook;
import io.frontline.domain.Priority;
import io.frontline.domain.Route;
import io.frontline.domain.WireEnum;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieServices;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.KieBaseConfiguration;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles every {@code rules/**.drl} and {@code decision-tables/**.drl.xlsx|.drl.xls|.drl.csv} (plus the agent
 * scripts) into one immutable ruleset whose version is a hash of its files. Spreadsheets are converted to DRL
 * afresh on every compile. Any error rejects the whole ruleset; problems name the file and line or cell.
 */
public final class RulesetCompiler {
    private static final Logger log = LoggerFactory.getLogger(RulesetCompiler.class);
    private static final Pattern RULE_DECLARATION = Pattern.compile("(?m)^\\s*rule\\s+(\"[^\"]+\"|\\S+)");
    private static final List<String> REQUIRED_METADATA = List.of("policy", "zh", "en");
    private static final Pattern ESCALATE =
            Pattern.compile("decision\\.escalate\\(\\s*\"([^\"]*)\"\\s*,\\s*\"([^\"]*)\"\\s*\\)");

    private final Clock clock;

    public RulesetCompiler(Clock clock) {
        this.clock = clock;
    }

    /** The ruleset (null when there are errors) and every problem found. */
    public record Result(DroolsRuleset ruleset, List<RuleProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return ruleset != null;
        }
    }

    public Result compile(Path rulesDir, Path tablesDir) {
        long start = System.nanoTime();
        List<RuleProblem> problems = new ArrayList<>();
        List<PolicyFiles.PolicyFile> files = PolicyFiles.find(rulesDir, tablesDir);
        if (files.stream().noneMatch(f -> f.kind() != PolicyFiles.Kind.SCRIPTS)) {
            problems.add(RuleProblem.error(rulesDir.toString(), 0, null,
                    "no rules found: expected *.drl under " + rulesDir + " or *.drl.xlsx / *.drl.csv under " + tablesDir));
            return new Result(null, problems);
        }
        MessageDigest version = sha256();
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> generated = new LinkedHashMap<>();
        Map<String, TableCells.Table> tables = new LinkedHashMap<>();
        List<RulesetStatus.PolicyFile> status = new ArrayList<>();
        ScriptBook scripts = ScriptBook.EMPTY;
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = kb.batch();
        for (PolicyFiles.PolicyFile f : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f.path());
            } catch (IOException e) {
                problems.add(RuleProblem.error(f.name(), 0, null, "cannot read: " + e.getMessage()));
                continue;
            }
            version.update(f.name().getBytes(StandardCharsets.UTF_8));
            version.update((byte) 0);
            version.update(bytes);
            String drl = switch (f.kind()) {
                case DRL -> new String(bytes, StandardCharsets.UTF_8);
                case XLS_TABLE -> convert(f.name(), bytes, InputType.XLS, problems);
                case CSV_TABLE -> convert(f.name(), bytes, InputType.CSV, problems);
                case SCRIPTS -> null;
            };
            if (f.kind() == PolicyFiles.Kind.SCRIPTS) {
                scripts = ScriptBookReader.read(f.name(), bytes, problems);
                status.add(new RulesetStatus.PolicyFile(f.name(), hex(bytes), 0));
                continue;
            }
            if (drl == null) {
                continue;
            }
            if (f.kind() != PolicyFiles.Kind.DRL) {
                generated.put(f.name(), drl);
                tables.put(f.name(), new TableCells.Table(f.name(), bytes, f.kind() == PolicyFiles.Kind.CSV_TABLE, drl));
            }
            sources.put(f.name(), drl);
            status.add(new RulesetStatus.PolicyFile(f.name(), hex(bytes), countRules(drl)));
            if (!guard(f.name(), drl, tables, problems)) {
                continue;
            }
            Resource resource = ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(f.name());
            batch.add(resource, ResourceType.DRL);
        }
        batch.build();
        for (KnowledgeBuilderResult r : kb.getResults(ResultSeverity.ERROR, ResultSeverity.WARNING)) {
            RuleProblem p = problem(r, tables);
            // a parse error already names the line; the follow-up "null Package" adds nothing for staff
            if (!p.message().startsWith("Parser returned a null Package")) {
                problems.add(p);
            }
        }
        if (problems.stream().anyMatch(RuleProblem::isError)) {
            return new Result(null, problems);
        }
        checkRoutes(sources, tables, problems);
        Map<String, RuleMeta> meta = metadata(kb.getKnowledgePackages(), sources, tables, problems);
        if (problems.stream().anyMatch(RuleProblem::isError)) {
            return new Result(null, problems);
        }
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
        conf.setOption(KieBaseMutabilityOption.DISABLED);
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(conf);
        kieBase.addPackages(kb.getKnowledgePackages());
        String v = "rs-" + HexFormat.of().formatHex(version.digest()).substring(0, 10);
        log.info("compiled ruleset {}: {} rules from {} files in {} ms", v, meta.size(), files.size(),
                (System.nanoTime() - start) / 1_000_000);
        return new Result(new DroolsRuleset(v, kieBase, meta, scripts, status, generated, clock.instant()), problems);
    }

    /** Whether the text may be compiled: it must not reach beyond the facts and the decision ({@link PolicyGuard}). */
    private static boolean guard(String file, String drl, Map<String, TableCells.Table> tables,
                                 List<RuleProblem> problems) {
        List<PolicyGuard.Violation> violations = PolicyGuard.check(drl);
        for (PolicyGuard.Violation v : violations) {
            if (tables.containsKey(file)) {
                String cell = TableCells.locate(tables.get(file), v.line(), v.message());
                problems.add(RuleProblem.error(file, TableCells.row(cell), cell, v.message()));
            } else {
                problems.add(RuleProblem.error(file, v.line(), null, v.message()));
            }
        }
        return violations.isEmpty();
    }

    private static String convert(String name, byte[] bytes, InputType type, List<RuleProblem> problems) {
        String drl;
        try {
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), type);
        } catch (RuntimeException e) {
            String message = rootMessage(e);
            String cell = TableCells.cellInMessage(message);
            problems.add(RuleProblem.error(name, TableCells.row(cell), cell, "cannot read the table: " + message));
            return null;
        }
        if (countRules(drl) == 0) {
            problems.add(RuleProblem.error(name, 0, null,
                    "the table converts to no rules: check the RuleSet and RuleTable header rows"));
            return null;
        }
        return drl;
    }

    private static RuleProblem problem(KnowledgeBuilderResult r, Map<String, TableCells.Table> tables) {
        String file = r.getResource() == null ? "(unknown)" : r.getResource().getSourcePath();
        int[] lines = r.getLines();
        int line = lines != null && lines.length > 0 ? Math.max(0, lines[0]) : 0;
        String severity = r.getSeverity() == ResultSeverity.ERROR ? "error" : "warning";
        String message = r.getMessage() == null ? "" : r.getMessage().strip();
        if (file != null && tables.containsKey(file)) {
            String cell = TableCells.locate(tables.get(file), line, message);
            return new RuleProblem(file, TableCells.row(cell), cell, severity, message);
        }
        return new RuleProblem(file, line, null, severity, message);
    }

    /** Reads each rule's situation name, policy id and reason text; a rule missing one is a problem. */
    private static Map<String, RuleMeta> metadata(Iterable<? extends KiePackage> packages, Map<String, String> sources,
                                                  Map<String, TableCells.Table> tables, List<RuleProblem> problems) {
        Map<String, RuleMeta> meta = new HashMap<>();
        for (KiePackage pkg : packages) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> md = rule.getMetaData();
                List<String> missing = new ArrayList<>();
                for (String key : REQUIRED_METADATA) {
                    if (text(md.get(key)).isBlank()) {
                        missing.add("@" + key);
                    }
                }
                if (!missing.isEmpty()) {
                    problems.add(locate(rule.getName(), sources, tables, "rule \"" + rule.getName()
                            + "\" needs " + String.join(", ", missing)
                            + " (policy id and the reason in Chinese and English)"));
                    continue;
                }
                meta.put(RuleAttribution.key(pkg.getName(), rule.getName()), new RuleMeta(rule.getName(),
                        text(md.get("policy")), text(md.get("zh")), text(md.get("en"))));
            }
        }
        return meta;
    }

    private static RuleProblem locate(String ruleName, Map<String, String> sources,
                                      Map<String, TableCells.Table> tables, String message) {
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Matcher m = RULE_DECLARATION.matcher(e.getValue());
            while (m.find()) {
                String declared = m.group(1).replace("\"", "");
                if (declared.equals(ruleName)) {
                    int line = 1 + (int) e.getValue().substring(0, m.start(1)).chars().filter(c -> c == '\n').count();
                    if (tables.containsKey(e.getKey())) {
                        String cell = TableCells.locate(tables.get(e.getKey()), line, ruleName);
                        return RuleProblem.error(e.getKey(), TableCells.row(cell), cell, message);
                    }
                    return RuleProblem.error(e.getKey(), line, null, message);
                }
            }
        }
        return RuleProblem.error("(unknown)", 0, null, message);
    }

    /** Escalation routes and priorities are names: a misspelt one is a problem now, not a failure when it fires. */
    private static void checkRoutes(Map<String, String> sources, Map<String, TableCells.Table> tables,
                                    List<RuleProblem> problems) {
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Matcher m = ESCALATE.matcher(e.getValue());
            while (m.find()) {
                String route = m.group(1);
                String priority = m.group(2);
                String wrong = WireEnum.parse(Route.class, route).isEmpty()
                        ? "route '" + route + "' is not one of " + WireEnum.spellings(Route.class)
                        : WireEnum.parse(Priority.class, priority).isEmpty()
                        ? "priority '" + priority + "' is not one of " + WireEnum.spellings(Priority.class) : null;
                if (wrong == null) {
                    continue;
                }
                int line = 1 + (int) e.getValue().substring(0, m.start()).chars().filter(c -> c == '\n').count();
                TableCells.Table table = tables.get(e.getKey());
                if (table != null) {
                    String cell = TableCells.locate(table, line, route + "," + priority);
                    problems.add(RuleProblem.error(e.getKey(), TableCells.row(cell), cell, wrong));
                } else {
                    problems.add(RuleProblem.error(e.getKey(), line, null, wrong));
                }
            }
        }
    }

    static int countRules(String drl) {
        Matcher m = RULE_DECLARATION.matcher(drl);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        StringBuilder messages = new StringBuilder();
        while (t != null) {
            if (t.getMessage() != null && messages.indexOf(t.getMessage()) < 0) {
                if (!messages.isEmpty()) {
                    messages.append(": ");
                }
                messages.append(t.getMessage());
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return messages.isEmpty() ? e.getClass().getSimpleName() : messages.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }
}
