package io.frontline.rules;

import io.frontline.decide.Ruling;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.impl.InternalRuleBase;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sessions of one ruleset kept for the next decision instead of a new session for each. A new session allocates
 * memory for every node of the rule network, which for a large policy costs more than running its rules; a kept
 * session is emptied after each decision by deleting its facts, which costs only what inserting them did.
 * <p>
 * Emptying by deletion leaves a session as a new one only for matches made of facts. A rule whose conditions
 * begin with {@code not}, {@code exists}, {@code eval}, {@code accumulate}, {@code collect}, {@code from} or a
 * query, or that has none, matches on the engine's own initial fact, which no deletion removes: once fired it is
 * not offered again, so in a kept session it would fire for one decision only. A ruleset with such a rule, or with
 * a timer or calendar (whose jobs outlive a decision), gets a new session for every decision, as does any
 * decision whose session does not come back empty ({@link #whyNew}). Each session serves one decision at a time.
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
        Optional<String> why = whyNew(kieBase);
        this.reusable = why.isEmpty();
        why.ifPresent(reason -> log.info("{}: every decision gets a new session", reason));
    }

    /** Whether decisions share emptied sessions ({@link #whyNew} finds nothing against it). */
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
                kept.session().setGlobal(DroolsRuleset.GLOBAL, null); // the decision's ruling is not kept with it
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
     * Why decisions of this rule base cannot share emptied sessions, if they cannot: a rule that matches on the
     * initial fact (its node in the rule network then leads somewhere), or a rule with a timer or a calendar.
     */
    static Optional<String> whyNew(KieBase kieBase) {
        if (((InternalRuleBase) kieBase).getRete().getObjectTypeNodes().stream()
                .anyMatch(node -> ClassObjectType.InitialFact_ObjectType.equals(node.getObjectType())
                        && node.getObjectSinkPropagator().size() > 0)) {
            return Optional.of("a rule's conditions begin with not, exists, eval, accumulate, collect, from or a query,"
                    + " or it has none");
        }
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleImpl r = (RuleImpl) rule;
                if (r.getTimer() != null || r.getCalendars() != null && r.getCalendars().length > 0) {
                    return Optional.of("rule \"" + r.getName() + "\" has a timer or calendar");
                }
            }
        }
        return Optional.empty();
    }
}
