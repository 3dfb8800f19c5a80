package io.frontline.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.decide.RuleProblem;
import io.frontline.decide.RulesetSource;
import io.frontline.decide.RulesetStatus;
import io.frontline.json.Json;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /v1/rules}: the ruleset in force, its files and the problems of the last load. */
final class RulesRoutes {
    private final RulesetSource rules;

    RulesRoutes(RulesetSource rules) {
        this.rules = rules;
    }

    /** {@code GET /v1/rules/files/{path}/drl}: the DRL a table of the ruleset in force converts to, rule by row. */
    void tableDrl(RoutingContext ctx) {
        String file = ctx.pathParam("path");
        io.frontline.decide.Ruleset ruleset = rules.current().orElseThrow(() -> HttpFailure.notReady(
                "no valid ruleset is loaded"));
        io.frontline.decide.TableDrl table = ruleset.tableDrl(file).orElseThrow(() -> HttpFailure.notFound(
                "no spreadsheet table " + file + " in the ruleset in force (the path as GET /v1/rules lists it, with "
                        + "/ written %2F)"));
        DecideRoutes.json(ctx, tableJson(table).put("ruleset", ruleset.version()).toString());
    }

    /** A table's DRL, rule by row: {@code file}, {@code drl}, {@code rules}. */
    static ObjectNode tableJson(io.frontline.decide.TableDrl table) {
        ObjectNode o = Json.MAPPER.createObjectNode().put("file", table.file()).put("drl", table.drl());
        ArrayNode items = o.putArray("rules");
        for (io.frontline.decide.TableDrl.TableRule r : table.rules()) {
            ObjectNode item = items.addObject().put("name", r.name()).put("line", r.line()).put("row", r.row());
            if (r.cell() != null) {
                item.put("cell", r.cell());
            }
        }
        return o;
    }

    void status(RoutingContext ctx) {
        DecideRoutes.json(ctx, toJson(rules.status()).toString());
    }

    static ObjectNode toJson(RulesetStatus s) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        if (s.version() == null) {
            o.putNull("version");
            o.putNull("loadedAt");
        } else {
            o.put("version", s.version());
            o.put("loadedAt", s.loadedAt().toString());
        }
        o.put("rules", s.rules());
        ArrayNode files = o.putArray("files");
        for (RulesetStatus.PolicyFile f : s.files()) {
            files.addObject().put("path", f.path()).put("sha256", f.sha256()).put("rules", f.rules());
        }
        putProblems(o, s.problems());
        return o;
    }

    /** Puts {@code problems}: each with its file, line, cell (for a spreadsheet), severity and message. */
    static void putProblems(ObjectNode o, java.util.List<RuleProblem> list) {
        ArrayNode problems = o.putArray("problems");
        for (RuleProblem p : list) {
            ObjectNode n = problems.addObject().put("file", p.file()).put("line", p.line());
            if (p.cell() != null) {
                n.put("cell", p.cell());
            }
            n.put("severity", p.severity()).put("message", p.message());
        }
    }
}
