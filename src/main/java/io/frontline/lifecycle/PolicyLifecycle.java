package io.frontline.lifecycle;

import io.frontline.decide.DecisionService;
import io.frontline.decide.ShadowRun;
import io.frontline.detect.Intel;
import io.frontline.learn.Finding;
import io.frontline.rules.DroolsRuleset;
import io.frontline.rules.RulesetCompiler;
import io.frontline.rules.RulesetHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The life of the policy: what is in force, every version put into force (kept in the {@link PolicyStore}),
 * drafts uploaded by staff who never touch the server's disk, publishing them (four-eyes unless configured
 * otherwise) and rolling back. Every way into force goes through the {@link PolicyGate}: compile, every scenario,
 * warm-up. The policy directories stay the one truth on disk — publishing and rolling back write them — so a
 * restart serves what was in force. One operation at a time.
 */
public final class PolicyLifecycle {
    private static final Logger log = LoggerFactory.getLogger(PolicyLifecycle.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PolicyTree.Dirs dirs;
    private final PolicyGate gate;
    private final Path intelDir;
    private final Consumer<Intel.Loaded> useIntel;
    private volatile Intel.Loaded intel;
    private final RulesetHolder holder;
    private final Consumer<RulesetCompiler.Result> offer;
    private final PolicyStore store;
    private final Path work;
    private final Clock clock;
    private final boolean fourEyes;
    private final DecisionService decisions;
    private final BacktestSource backtests;
    /** The rulesets of the drafts checked last, so a backtest or shadow run need not compile them again. */
    private final Map<String, DroolsRuleset> compiledDrafts = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DroolsRuleset> eldest) {
            return size() > 4;
        }
    };
    private PolicyTree inForce;

    /** The intel directory, the intel read from it at start, and how newly read intel is put to use. */
    public record IntelFiles(Path dir, Intel.Loaded loaded, Consumer<Intel.Loaded> use) {}

    /**
     * @param offer puts a checked result into force through the holder (and says so in the log)
     * @param work  a directory for drafts being checked
     */
    public PolicyLifecycle(PolicyTree.Dirs dirs, PolicyGate gate, IntelFiles intel, RulesetHolder holder,
                           Consumer<RulesetCompiler.Result> offer, PolicyStore store, Path work, Clock clock,
                           boolean fourEyes, DecisionService decisions, BacktestSource backtests) {
        this.dirs = dirs;
        this.gate = gate;
        this.intelDir = intel.dir();
        this.intel = intel.loaded();
        this.useIntel = intel.use();
        this.holder = holder;
        this.offer = offer;
        this.store = store;
        this.work = work;
        this.clock = clock;
        this.fourEyes = fourEyes;
        this.decisions = decisions;
        this.backtests = backtests;
    }

    /** Where backtests read logged decisions, and the feedback label of a decision. */
    public record BacktestSource(Path reviewLog, Function<String, Optional<Finding>> labels) {}

    /** Why an operation was refused. */
    public static final class Refused extends RuntimeException {
        /** What kind of refusal: each maps to one status of the public error table. */
        public enum Kind { NOT_FOUND, FORBIDDEN, CONFLICT, PROBLEMS }

        private final Kind kind;
        private final transient List<io.frontline.decide.RuleProblem> problems;

        Refused(Kind kind, String message, List<io.frontline.decide.RuleProblem> problems) {
            super(message, null, false, false);
            this.kind = kind;
            this.problems = List.copyOf(problems);
        }

        Refused(Kind kind, String message) {
            this(kind, message, List.of());
        }

        public Kind kind() {
            return kind;
        }

        public List<io.frontline.decide.RuleProblem> problems() {
            return problems;
        }
    }

    /** Loads the policy on disk at start, recording it as a version if it is not the one recorded last. */
    public synchronized void start() {
        load(PolicyTree.read(dirs), PolicyVersion.START, "in force at start");
    }

    /** The policy files on disk changed (the watcher): checked and put into force if they pass. */
    public synchronized void filesChanged() {
        PolicyTree onDisk = PolicyTree.read(dirs);
        if (onDisk.equals(inForce)) {
            log.debug("policy files unchanged against what is in force: nothing to reload");
            return;
        }
        load(onDisk, PolicyVersion.FILES, "saved on the server's disk");
    }

    /**
     * The intel files changed (the watcher): read again and, if the policy in force passes every scenario with
     * them, put to use for the next decision. Otherwise the intel in use stays and the problems show at
     * {@code GET /v1/rules}.
     */
    public synchronized void intelChanged() {
        Intel.Loaded candidate = Intel.load(intelDir);
        RulesetCompiler.Result checked = gate.check(candidate);
        if (!checked.ok()) {
            offer.accept(checked);
            log.error("intel change rejected: the intel in use stays");
            return;
        }
        useIntel.accept(candidate);
        intel = candidate;
        offer.accept(checked);
        log.info("intel reloaded from {}", intelDir);
    }

    /** Checks the policy on disk ({@code onDisk}, as just read) and puts it into force if it passes. */
    private void load(PolicyTree onDisk, String source, String reason) {
        RulesetCompiler.Result checked = gate.check(intel);
        offer.accept(checked);
        if (checked.ok()) {
            inForce = onDisk;
            Optional<PolicyVersion> latest = store.latest();
            if (latest.isEmpty() || !latest.get().files().equals(onDisk.hashes())) {
                store.add(new PolicyVersion(checked.ruleset().version(), clock.instant(), PolicyVersion.FILES, reason,
                        source, null, onDisk.hashes()), onDisk);
            }
        }
    }

    /**
     * Checks a candidate: the policy in force with {@code changed} files added or replaced and {@code removed}
     * ones gone, compiled and run through every scenario. The draft is kept whatever the outcome, so its
     * problems can be read again.
     *
     * @param by the pseudonym of who drafted it
     * @throws IllegalArgumentException when a file name is not a policy file's
     */
    public synchronized PolicyDraft validate(Map<String, byte[]> changed, Collection<String> removed, String by) {
        PolicyTree base = inForce == null ? PolicyTree.read(dirs) : inForce;
        PolicyTree candidate = base.with(changed, removed);
        String id = "dft-" + Long.toString(clock.millis(), 36) + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        RulesetCompiler.Result checked = check(candidate, id);
        if (checked.ok()) {
            synchronized (compiledDrafts) {
                compiledDrafts.put(id, checked.ruleset());
            }
        }
        PolicyDraft draft = new PolicyDraft(id, clock.instant(), by, holder.status().version(), base.id(),
                checked.ok() ? checked.ruleset().version() : null, checked.ok(), candidate.hashes(),
                checked.problems(), PolicyDraft.Changes.between(base.hashes(), candidate.hashes()));
        store.saveDraft(draft, candidate);
        log.info("draft {} by {} ({} added, {} changed, {} removed): {}", id, by, draft.changes().added().size(),
                draft.changes().changed().size(), draft.changes().removed().size(),
                draft.valid() ? "passes as ruleset " + draft.version() : draft.problems().size() + " problem(s)");
        return draft;
    }

    /** Compiles a tree and runs its scenarios, in a scratch directory named {@code id} under the work directory. */
    private RulesetCompiler.Result check(PolicyTree tree, String id) {
        Path dir = work.resolve(id);
        try {
            PolicyTree.Dirs draftDirs = new PolicyTree.Dirs(dir.resolve(dirs.rules().toAbsolutePath().normalize()
                    .getFileName()), dir.resolve(dirs.tables().toAbsolutePath().normalize().getFileName()),
                    dir.resolve(dirs.scenarios().toAbsolutePath().normalize().getFileName()));
            tree.writeTo(draftDirs);
            return gate.at(draftDirs).check(intel);
        } finally {
            delete(dir);
        }
    }

    /**
     * Runs a valid draft beside the live ruleset on live traffic for {@code duration}, in place of any shadow
     * run before it. The live answers are not affected.
     */
    public synchronized ShadowRun shadow(String draftId, Duration duration, String by) {
        PolicyDraft draft = store.draft(draftId).orElseThrow(() -> new Refused(Refused.Kind.NOT_FOUND,
                "no draft " + draftId));
        if (!draft.valid()) {
            throw new Refused(Refused.Kind.PROBLEMS, "draft " + draftId + " did not pass; only a valid draft runs in"
                    + " the shadow", draft.problems());
        }
        DroolsRuleset candidate = compiled(draft);
        ShadowRun run = new ShadowRun(draftId, candidate, holder.status().version(),
                clock.instant().plus(duration), by, clock);
        decisions.shadow(run);
        log.info("shadow run of draft {} (ruleset {}) beside {} for {} by {}", draftId, candidate.version(),
                holder.status().version(), duration, by);
        return run;
    }

    /**
     * Replays the logged decisions of {@code window} through a valid draft beside the ruleset in force. Runs
     * beside other policy operations (it may read the log for a while): rulesets are immutable.
     */
    public Backtest.Report backtest(String draftId, Backtest.Window window) {
        PolicyDraft draft = store.draft(draftId).orElseThrow(() -> new Refused(Refused.Kind.NOT_FOUND,
                "no draft " + draftId));
        if (!draft.valid()) {
            throw new Refused(Refused.Kind.PROBLEMS, "draft " + draftId + " did not pass; only a valid draft is"
                    + " backtested", draft.problems());
        }
        io.frontline.decide.Ruleset live = holder.current().orElseThrow(() -> new Refused(Refused.Kind.CONFLICT,
                "no ruleset is in force to compare the draft with"));
        return Backtest.run(backtests.reviewLog(), window, live, compiled(draft), backtests.labels());
    }

    /**
     * The DRL a spreadsheet table of a valid draft converts to, before the draft is published; empty when the
     * draft holds no such table.
     */
    public Optional<io.frontline.decide.TableDrl> draftTableDrl(String draftId, String file) {
        PolicyDraft draft = store.draft(draftId).orElseThrow(() -> new Refused(Refused.Kind.NOT_FOUND,
                "no draft " + draftId));
        if (!draft.valid()) {
            throw new Refused(Refused.Kind.PROBLEMS, "draft " + draftId + " did not pass; its tables are shown "
                    + "as DRL once it does", draft.problems());
        }
        return compiled(draft).tableDrl(file);
    }

    /** A valid draft's ruleset: compiled when it was checked, or compiled again (and checked) now. */
    private DroolsRuleset compiled(PolicyDraft draft) {
        DroolsRuleset ruleset;
        synchronized (compiledDrafts) {
            ruleset = compiledDrafts.get(draft.id());
        }
        if (ruleset != null) {
            return ruleset;
        }
        RulesetCompiler.Result checked = check(store.tree(draft.files()), draft.id() + "-again");
        if (!checked.ok()) {
            throw new Refused(Refused.Kind.PROBLEMS, "draft " + draft.id() + " no longer passes (has intel changed?)",
                    checked.problems());
        }
        synchronized (compiledDrafts) {
            compiledDrafts.put(draft.id(), checked.ruleset());
        }
        return checked.ruleset();
    }

    /** The shadow run going on, or the last one. */
    public Optional<ShadowRun> shadow() {
        return decisions.shadow();
    }

    /** Stops the shadow run going on; its report stays readable. */
    public Optional<ShadowRun> stopShadow() {
        Optional<ShadowRun> run = decisions.shadow();
        run.ifPresent(r -> r.finish(ShadowRun.Status.STOPPED));
        return run;
    }

    /** A draft, as checked when it was made. */
    public Optional<PolicyDraft> draft(String id) {
        return store.draft(id);
    }

    /**
     * Puts a valid draft into force: its files are written to the policy directories and pass the gate again
     * (intel may have changed since); on any problem the policy in force stays, files and all.
     *
     * @param by the pseudonym of who publishes; under four-eyes not the one who drafted it
     */
    public synchronized PolicyVersion publish(String draftId, String by, String reason) {
        PolicyDraft draft = store.draft(draftId).orElseThrow(() -> new Refused(Refused.Kind.NOT_FOUND,
                "no draft " + draftId));
        if (fourEyes && draft.by().equals(by)) {
            throw new Refused(Refused.Kind.FORBIDDEN, "four-eyes: whoever drafted " + draftId
                    + " cannot also publish it; someone else with the policy role must");
        }
        if (!draft.valid()) {
            throw new Refused(Refused.Kind.PROBLEMS, "draft " + draftId + " did not pass; fix it and validate again",
                    draft.problems());
        }
        String current = holder.status().version();
        PolicyTree now = inForce == null ? PolicyTree.read(dirs) : inForce;
        if (!Objects.equals(draft.basedOn(), current) || !now.id().equals(draft.baseTree())) {
            throw new Refused(Refused.Kind.CONFLICT, "draft " + draftId + " was drawn from ruleset " + draft.basedOn()
                    + " but " + current + " is in force now; validate the change again on top of it");
        }
        return putInForce(store.tree(draft.files()), by, reason, PolicyVersion.PUBLISH, draftId);
    }

    /** Puts a version recorded earlier back into force, through the gate. */
    public synchronized PolicyVersion rollback(String version, String by, String reason) {
        PolicyVersion target = store.all().stream().filter(v -> v.version().equals(version))
                .max(Comparator.comparing(PolicyVersion::publishedAt))
                .orElseThrow(() -> new Refused(Refused.Kind.NOT_FOUND, "no recorded ruleset version " + version));
        PolicyTree tree = store.tree(target.files());
        if (tree.equals(inForce)) {
            throw new Refused(Refused.Kind.CONFLICT, "ruleset " + version + " is already in force");
        }
        return putInForce(tree, by, reason, PolicyVersion.ROLLBACK, null);
    }

    private PolicyVersion putInForce(PolicyTree tree, String by, String reason, String source, String draftId) {
        PolicyTree previous = inForce == null ? PolicyTree.read(dirs) : inForce;
        try {
            tree.writeTo(dirs);
        } catch (RuntimeException e) {
            previous.writeTo(dirs); // no mix of two versions left on disk
            throw e;
        }
        RulesetCompiler.Result checked = gate.check(intel);
        if (!checked.ok()) {
            previous.writeTo(dirs);
            throw new Refused(Refused.Kind.PROBLEMS, "the policy no longer passes (has intel changed?); nothing was"
                    + " put into force", checked.problems());
        }
        offer.accept(checked);
        inForce = tree;
        PolicyVersion v = new PolicyVersion(checked.ruleset().version(), clock.instant(), by, reason, source, draftId,
                tree.hashes());
        store.add(v, tree);
        return v;
    }

    /** The ruleset in force, if any. */
    public Optional<io.frontline.decide.Ruleset> inForce() {
        return holder.current();
    }

    /** Every version put into force, oldest first. */
    public List<PolicyVersion> versions() {
        return store.all();
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}
