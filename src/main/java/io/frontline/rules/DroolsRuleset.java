package io.frontline.rules;

import io.frontline.decide.RulesetStatus;
import io.frontline.decide.Ruleset;
import io.frontline.decide.Ruling;
import io.frontline.decide.ScriptBook;
import org.kie.api.KieBase;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A compiled, immutable ruleset: one KieBase, its version, its files and the DRL its tables generated. */
public final class DroolsRuleset implements Ruleset {
    static final String GLOBAL = "decision";
    /** Emptied sessions kept for the next decisions: more than decide at once on the event loops and workers. */
    private static final int SESSIONS_KEPT = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());

    private final String version;
    private final Map<String, RuleMeta> meta;
    private final ScriptBook scripts;
    private final List<RulesetStatus.PolicyFile> files;
    private final Map<String, String> generatedDrl;
    private final Instant loadedAt;
    private final KieBase kieBase;
    private final ReusedSessions sessions;

    DroolsRuleset(String version, KieBase kieBase, Map<String, RuleMeta> meta, ScriptBook scripts,
                  List<RulesetStatus.PolicyFile> files, Map<String, String> generatedDrl, Instant loadedAt) {
        this.version = version;
        this.meta = Map.copyOf(meta);
        this.scripts = scripts;
        this.files = List.copyOf(files);
        this.generatedDrl = Map.copyOf(generatedDrl);
        this.loadedAt = loadedAt;
        this.kieBase = kieBase;
        this.sessions = new ReusedSessions(kieBase, this.meta, SESSIONS_KEPT);
    }

    /** The compiled rules. */
    KieBase kieBase() {
        return kieBase;
    }

    /** Whether decisions share emptied sessions ({@link ReusedSessions}). */
    boolean reusesSessions() {
        return sessions.reusable();
    }

    /** The rules' metadata (policy, messages) by package and name. */
    Map<String, RuleMeta> meta() {
        return meta;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public ScriptBook scripts() {
        return scripts;
    }

    @Override
    public void evaluate(Collection<Object> facts, Ruling ruling) {
        sessions.evaluate(facts, ruling);
    }

    public List<RulesetStatus.PolicyFile> files() {
        return files;
    }

    public int ruleCount() {
        return meta.size();
    }

    @Override
    public java.util.Optional<io.frontline.decide.TableDrl> tableDrl(String file) {
        String drl = generatedDrl.get(file);
        return drl == null ? java.util.Optional.empty()
                : java.util.Optional.of(new io.frontline.decide.TableDrl(file, drl, TableCells.rules(drl)));
    }

    /** The DRL generated from each spreadsheet table, by file name. */
    public Map<String, String> generatedDrl() {
        return generatedDrl;
    }

    public Instant loadedAt() {
        return loadedAt;
    }
}
