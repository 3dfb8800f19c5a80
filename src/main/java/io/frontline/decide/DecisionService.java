package io.frontline.decide;

import io.frontline.detect.AccountMemory;
import io.frontline.detect.Assessment;
import io.frontline.detect.ContactAssessor;
import io.frontline.detect.DetectorSettings;
import io.frontline.detect.Intel;
import io.frontline.detect.TransactionAssessor;
import io.frontline.domain.ContactRequest;
import io.frontline.domain.Decision;
import io.frontline.domain.Freeze;
import io.frontline.domain.Language;
import io.frontline.domain.Outcome;
import io.frontline.domain.Script;
import io.frontline.domain.Subject;
import io.frontline.domain.TransactionRequest;
import io.frontline.domain.UnsupportedRequestException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.time.OffsetDateTime;

/**
 * Decides transactions and contacts: the detectors turn the request into facts and signals, the ruleset in
 * force raises the outcome, and the result is combined into a {@link Decision}. Thread-safe.
 */
public final class DecisionService {
    private final RulesetSource rules;
    private final boolean keepFacts;
    private volatile ShadowRun shadow;
    private volatile TransactionAssessor transactions;
    private volatile ContactAssessor contacts;
    private final AccountMemory memory;
    private final Clock clock;
    private final DecisionIds ids;
    private final DecisionListener listener;
    private final DetectorSettings settings;
    private final Object[] accountLocks = new Object[1024];

    public DecisionService(RulesetSource rules, Intel intel, AccountMemory memory, DetectorSettings settings,
                           Clock clock, DecisionListener listener) {
        this(rules, intel, memory, settings, clock, listener, false);
    }

    /**
     * @param keepFacts whether each {@link Decided} carries the facts its rules saw (for the review log to keep);
     *                  off, the facts are dropped with the decision — carrying them measurably costs throughput
     */
    public DecisionService(RulesetSource rules, Intel intel, AccountMemory memory, DetectorSettings settings,
                           Clock clock, DecisionListener listener, boolean keepFacts) {
        this.keepFacts = keepFacts;
        this.rules = rules;
        this.transactions = new TransactionAssessor(intel, memory, settings);
        this.contacts = new ContactAssessor(intel, memory, settings);
        this.memory = memory;
        this.clock = clock;
        this.ids = new DecisionIds(clock);
        this.listener = listener;
        this.settings = settings;
        for (int i = 0; i < accountLocks.length; i++) {
            accountLocks[i] = new Object();
        }
    }

    /**
     * Decides from now on with {@code intel} (the intel files read again); a decision under way finishes with
     * what it started with.
     */
    public void useIntel(Intel intel) {
        this.transactions = new TransactionAssessor(intel, memory, settings);
        this.contacts = new ContactAssessor(intel, memory, settings);
    }

    /** Runs {@code run}'s candidate beside the live ruleset from now on, in place of any run before it. */
    public void shadow(ShadowRun run) {
        ShadowRun before = shadow;
        shadow = run;
        if (before != null && before != run) {
            before.finish(ShadowRun.Status.STOPPED);
        }
    }

    /** The shadow run going on or last run, if any. */
    public Optional<ShadowRun> shadow() {
        return Optional.ofNullable(shadow);
    }

    private void compareInShadow(Decision decision, Assessment assessment, Ruling ruling) {
        ShadowRun run = shadow;
        if (run != null) {
            run.offer(decision.decisionId(), decision.subject(), assessment.facts(), ruling.outcome(),
                    ruling.firedRules());
        }
    }

    public Decided decide(TransactionRequest request) {
        long start = System.nanoTime();
        Ruleset ruleset = ruleset();
        Instant at = effectiveTime(request.occurredAt());
        String account = request.payer().accountId();
        // one payment of an account at a time: what it sees of the account's history includes the one before it
        synchronized (accountLocks[Math.floorMod(account.hashCode(), accountLocks.length)]) {
            Assessment assessment = transactions.assess(request, at);
            Ruling ruling = new Ruling();
            ruleset.evaluate(assessment.facts(), ruling);
            Decision decision = combine(Subject.TRANSACTION, request.transactionId(), ruleset, assessment, ruling);
            compareInShadow(decision, assessment, ruling);
            boolean letThrough = !decision.outcome().isAtLeast(Outcome.ESCALATE);
            freezeIfDecided(decision, account);
            memory.recordPayment(account, request.payee().accountId(),
                    request.device() == null ? null : request.device().id(), assessment.amount(), at, letThrough);
            return done(decision, ruling, start, assessment);
        }
    }

    public Decided decide(ContactRequest request) {
        long start = System.nanoTime();
        Ruleset ruleset = ruleset();
        Instant at = effectiveTime(request.receivedAt());
        Assessment assessment = contacts.assess(request, at);
        Ruling ruling = new Ruling();
        ruleset.evaluate(assessment.facts(), ruling);
        Decision decision = combine(Subject.CONTACT, request.contactId(), ruleset, assessment, ruling);
        compareInShadow(decision, assessment, ruling);
        String accountId = request.customer() == null ? null : request.customer().accountId();
        freezeIfDecided(decision, accountId);
        if (accountId != null && decision.outcome().isAtLeast(Outcome.WARN) && ContactAssessor.showsScam(assessment)) {
            contacts.markScamContact(accountId, at);
        }
        return done(decision, ruling, start, assessment);
    }

    /**
     * The time a decision is made at: the request's own time when it is within the clock tolerance of
     * frontline's clock (payment systems send the time the customer acted), otherwise frontline's clock, so a
     * client cannot move a payment out of a window, an age band or a list entry's validity by its timestamp.
     */
    private Instant effectiveTime(OffsetDateTime requestTime) {
        return effectiveTime(requestTime, clock.instant());
    }

    private Instant effectiveTime(OffsetDateTime requestTime, Instant now) {
        if (requestTime == null) {
            return now;
        }
        Instant t = requestTime.toInstant();
        return Duration.between(t, now).abs().compareTo(settings.clockTolerance()) <= 0 ? t : now;
    }

    /** An emergency freeze takes effect at once: every later payment of the account is blocked. */
    private void freezeIfDecided(Decision decision, String accountId) {
        if (accountId != null && decision.outcome() == Outcome.EMERGENCY_FREEZE) {
            memory.freeze(new Freeze(accountId, decision.decidedAt().toInstant(), "emergency-freeze decision",
                    decision.decisionId(), "rules"));
        }
    }

    /**
     * An agent freezes an account: effective on the very next decision, no approval chain. On an account already
     * frozen the freeze that stands stays as it is.
     *
     * @param decisionId the decision the agent froze from, if any
     * @return the agent's own freeze (what is recorded for it)
     */
    public Freeze freeze(String accountId, String reason, String decisionId, String by) {
        Freeze freeze = new Freeze(accountId, clock.instant(), reason, decisionId, by);
        memory.freeze(freeze);
        return freeze;
    }

    /**
     * Lifts the freeze that stood since {@code since}, once the reviewer's note is on record; a freeze made after
     * it is not lifted.
     */
    public boolean release(String accountId, Instant since) {
        return memory.release(accountId, since);
    }

    /** Lifts whatever freeze stands (a release recorded before releases named their freeze). */
    public void releaseAny(String accountId) {
        memory.release(accountId);
    }

    /**
     * A freeze read from the review log: it stands unless a freeze already does (the first one stays). Applying
     * it twice changes nothing, so it is applied as it is made and again as the log is followed.
     */
    public void restore(Freeze freeze) {
        memory.freeze(freeze);
    }

    /** Every freeze that stands. */
    public List<Freeze> freezes() {
        return memory.freezes();
    }

    public Optional<Freeze> freezeOf(String accountId) {
        return memory.freezeOf(accountId);
    }

    /**
     * Puts back what a logged transaction decision taught the account memory, when the review log is read at
     * start: the payment at the time it was decided for, known payee and device only if it went through.
     * A payment in a currency that no longer has a rate is skipped.
     */
    public void restorePayment(TransactionRequest r, Instant decidedAt, Outcome outcome) {
        BigDecimal amount;
        try {
            amount = transactions.inBase(r);
        } catch (UnsupportedRequestException e) {
            return;
        }
        String account = r.payer().accountId();
        synchronized (accountLocks[Math.floorMod(account.hashCode(), accountLocks.length)]) {
            memory.recordPayment(account, r.payee().accountId(), r.device() == null ? null : r.device().id(), amount,
                    effectiveTime(r.occurredAt(), decidedAt), !outcome.isAtLeast(Outcome.ESCALATE));
        }
    }

    /** Puts back the scam-contact mark a logged contact decision left on its account, read at start. */
    public void restoreContact(String accountId, OffsetDateTime receivedAt, Instant decidedAt, Outcome outcome,
                               java.util.Collection<String> signalKinds) {
        if (outcome.isAtLeast(Outcome.WARN) && ContactAssessor.showsScam(signalKinds)) {
            contacts.markScamContact(accountId, effectiveTime(receivedAt, decidedAt));
        }
    }

    /**
     * Remembers payments that happened before frontline saw the account (loaded from the payment system's
     * records) as payments that went through, at their own times. Nothing is decided. All or nothing: every
     * payment is checked before any is remembered.
     *
     * @throws UnsupportedRequestException naming {@code [index].field} for a payment without a time, with a time
     *                                     in the future, or in a currency without a rate
     */
    public int remember(List<TransactionRequest> past) {
        List<BigDecimal> amounts = checkPast(past);
        for (int i = 0; i < past.size(); i++) {
            TransactionRequest r = past.get(i);
            String account = r.payer().accountId();
            synchronized (accountLocks[Math.floorMod(account.hashCode(), accountLocks.length)]) {
                memory.recordPayment(account, r.payee().accountId(), r.device() == null ? null : r.device().id(),
                        amounts.get(i), r.occurredAt().toInstant(), true);
            }
        }
        return past.size();
    }

    /**
     * Checks that a payment can be decided, deciding nothing: its currency has a rate.
     *
     * @throws UnsupportedRequestException naming the field that cannot be decided on
     */
    public void checkDecidable(TransactionRequest r) {
        transactions.inBase(r);
    }

    /**
     * Checks past payments as {@link #remember} would, remembering nothing.
     *
     * @return their amounts in the base currency
     * @throws UnsupportedRequestException as {@link #remember}
     */
    public List<BigDecimal> checkPast(List<TransactionRequest> past) {
        List<BigDecimal> amounts = new java.util.ArrayList<>(past.size());
        Instant latest = clock.instant().plus(settings.clockTolerance());
        for (int i = 0; i < past.size(); i++) {
            TransactionRequest r = past.get(i);
            if (r.occurredAt() == null) {
                throw new UnsupportedRequestException("[" + i + "].occurredAt", "a past payment needs its time");
            }
            if (r.occurredAt().toInstant().isAfter(latest)) {
                throw new UnsupportedRequestException("[" + i + "].occurredAt", "a past payment cannot be in the future");
            }
            try {
                amounts.add(transactions.inBase(r));
            } catch (UnsupportedRequestException e) {
                throw new UnsupportedRequestException("[" + i + "]." + e.field(), e.getMessage());
            }
        }
        return amounts;
    }

    /** Whether a ruleset is in force, so that decisions can be made. */
    public boolean isReady() {
        return rules.current().isPresent();
    }

    private Ruleset ruleset() {
        return rules.current().orElseThrow(() -> new NotReadyException("no valid ruleset is loaded"));
    }

    private Decision combine(Subject subject, String subjectId, Ruleset ruleset, Assessment assessment,
                             Ruling ruling) {
        Script script = null;
        if (ruling.outcome() != Outcome.ALLOW && ruling.leadingScamType() != null) {
            Language language = assessment.language();
            script = ruleset.scripts().find(ruling.leadingScamType(), language).orElse(null);
        }
        return new Decision(ids.next(), subject, subjectId, ruling.outcome(), ruling.actions(), ruling.reasons(),
                assessment.signals(), script, ruleset.version(), OffsetDateTime.now(clock));
    }

    private Decided done(Decision decision, Ruling ruling, long start, Assessment assessment) {
        Decided decided = keepFacts
                ? new Decided(decision, ruling.firedRules(), System.nanoTime() - start, assessment.facts())
                : new Decided(decision, ruling.firedRules(), System.nanoTime() - start);
        listener.decided(decision, decided.firedRules(), decided.nanos());
        return decided;
    }
}
