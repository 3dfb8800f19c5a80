package io.frontline.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.domain.ContactRequest;
import io.frontline.domain.Subject;
import io.frontline.domain.TransactionRequest;
import io.frontline.scenario.ScenarioLoader;
import io.frontline.support.StarterPolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * The starter policy's scenario requests, varied for in-process benchmarks: each copy has an id of its own and
 * its account taken from a pool, and every fifth payment goes to a payee that the generated large policy watches
 * (a payee no starter rule knows), so that the same requests exercise both policies' rules. A benchmark also
 * moves each call to an account drawn at random from {@value #ACCOUNT_POOL} ({@link Accounts}), so that account
 * memory runs as a busy service's does: full, the least recently used accounts leaving, some calls finding their
 * account's history and none piling up payments.
 */
final class VariedRequests {
    static final int ACCOUNT_POOL = 1 << 18;

    private VariedRequests() {}

    /** The pool of accounts calls are moved to, in turn. */
    static final class Accounts {
        private final String[] ids = new String[ACCOUNT_POOL];
        private final java.util.SplittableRandom random = new java.util.SplittableRandom(42);

        Accounts() {
            for (int i = 0; i < ids.length; i++) {
                ids[i] = "bench-account-" + i;
            }
        }

        private String next() {
            return ids[random.nextInt(ACCOUNT_POOL)];
        }

        /** The payment, paid from an account of the pool. */
        TransactionRequest move(TransactionRequest r) {
            return new TransactionRequest(r.transactionId(), r.occurredAt(), r.type(), r.amount(), r.currency(),
                    r.channel(), new TransactionRequest.Payer(next(), r.payer().birthYear(), r.payer().balance()),
                    r.payee(), r.memo(), r.device(), r.session(), r.language());
        }

        /** The contact, from an account of the pool when it names a customer. */
        ContactRequest move(ContactRequest r) {
            if (r.customer() == null) {
                return r;
            }
            return new ContactRequest(r.contactId(), r.receivedAt(), r.channel(),
                    new ContactRequest.Customer(next(), r.customer().birthYear()), r.callerNumber(), r.text(),
                    r.reportedMessage(), r.language(), r.agentId(), r.accountSignals());
        }
    }

    /** {@code count} bodies of {@code subject}, the scenarios' requests in turn (their accounts as the scenarios say). */
    static List<ObjectNode> of(Subject subject, int count) {
        List<ObjectNode> scenarios = ScenarioLoader.load(StarterPolicy.SCENARIOS).scenarios().stream()
                .filter(s -> s.subject() == subject).map(s -> (ObjectNode) s.request()).toList();
        boolean transaction = subject == Subject.TRANSACTION;
        List<ObjectNode> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            ObjectNode body = scenarios.get(n % scenarios.size()).deepCopy();
            body.put(transaction ? "transactionId" : "contactId", "bench-" + n);
            if (transaction && n % 5 == 0) {
                ((ObjectNode) body.get("payee")).put("accountId",
                        n % 10 == 0 ? "acc-gen-" + (n % 1_000) : "acc-row-" + (n % 10_000));
            }
            out.add(body);
        }
        return out;
    }
}
