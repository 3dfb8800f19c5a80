package io.frontline.rules;

import io.frontline.decide.Ruling;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sessions of one ruleset kept for the next decision instead of a new session for each. A new session allocates
 * memory for every node of the rule network, which for a large policy costs more than running its rules; a kept
 * session is emptied after each decision by deleting its facts, which costs only what inserting them did.
 * <p>
 * Emptying by deletion leaves a session as a new one only for rules that need a fact to match. A rule that can
 * match an empty working memory ({@code not X()} alone, an {@code accumulate} over nothing) matches once and stays
 * matched in a kept session, so it would not match again for the next decision. A ruleset with such a rule
 * ({@link #matchesWithoutFacts}) gets a new session for every decision, as does any decision whose session does not
 * come back empty. Each session serves one decision at a time.
 */
final class ReusedSessions {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReusedSessions.class);

    /** A kept session and the listener that attributes its rules' effects to the decision using it. */
    private record Kept(KieSession session, RuleAttribution attribution) {}

    private final KieBase kieBase;
    private final Map<String, RuleMeta> meta;
    private final boolean reusable;
    private final int capacity;
    private final ConcurrentLinkedQueue<Kept> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    /**
     * @param capacity how many emptied sessions are kept at most: about as many as decisions run at once
     */
    ReusedSessions(KieBase kieBase, Map<String, RuleMeta> meta, int capacity) {
        this.kieBase = kieBase;
        this.meta = meta;
        this.capacity = capacity;
        Set<String> unfit = matchesWithoutFacts(kieBase);
        this.reusable = unfit.isEmpty();
        if (!reusable) {
            log.info("rules {} match without any fact: every decision gets a new session", unfit);
        }
    }

    /** Whether decisions share emptied sessions (the ruleset has no rule that matches without facts). */
    boolean reusable() {
        return reusable;
    }

    /** Inserts {@code facts} into a session of its own for this decision and fires its rules. */
    void evaluate(Collection<Object> facts, Ruling ruling) {
        Kept kept = reusable ? take() : open();
        boolean clean = false;
        try {
            kept.attribution().use(ruling);
            kept.session().setGlobal(DroolsRuleset.GLOBAL, ruling);
            for (Object fact : facts) {
                kept.session().insert(fact);
            }
            kept.session().fireAllRules();
            clean = reusable && empty(kept.session());
        } finally {
            kept.attribution().use(null);
            if (clean) {
                giveBack(kept);
            } else {
                kept.session().dispose();
            }
        }
    }

    private Kept take() {
        Kept kept = idle.poll();
        if (kept == null) {
            return open();
        }
        idleCount.decrementAndGet();
        return kept;
    }

    private void giveBack(Kept kept) {
        if (idleCount.incrementAndGet() <= capacity) {
            idle.add(kept);
        } else {
            idleCount.decrementAndGet();
            kept.session().dispose();
        }
    }

    private Kept open() {
        KieSession session = kieBase.newKieSession();
        RuleAttribution attribution = new RuleAttribution(meta);
        session.addEventListener(attribution);
        return new Kept(session, attribution);
    }

    /** Deletes every fact (those the rules inserted too); whether the session is then as empty as a new one. */
    private static boolean empty(KieSession session) {
        List<FactHandle> handles = new ArrayList<>(session.getFactHandles());
        for (FactHandle handle : handles) {
            session.delete(handle);
        }
        return session.getFactCount() == 0;
    }

    /**
     * The rules that match a working memory holding no fact: a new session is fired with none, its global a ruling
     * nobody reads, and every match is refused instead of fired.
     */
    static Set<String> matchesWithoutFacts(KieBase kieBase) {
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal(DroolsRuleset.GLOBAL, new Ruling());
            Set<String> rules = new HashSet<>();
            session.fireAllRules(match -> {
                rules.add(match.getRule().getPackageName() + "/" + match.getRule().getName());
                return false;
            });
            return rules;
        } finally {
            session.dispose();
        }
    }
}
