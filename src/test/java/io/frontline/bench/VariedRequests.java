package io.frontline.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.domain.Subject;
import io.frontline.scenario.ScenarioLoader;
import io.frontline.support.StarterPolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * The starter policy's scenario requests, varied for in-process benchmarks: each copy has an id of its own and
 * its account taken from a pool, and every fifth payment goes to a payee that the generated large policy watches
 * (a payee no starter rule knows), so that the same requests exercise both policies' rules.
 */
final class VariedRequests {
    private VariedRequests() {}

    /** {@code count} bodies of {@code subject}, the scenarios' requests in turn, over {@code accounts} accounts. */
    static List<ObjectNode> of(Subject subject, int count, int accounts) {
        List<ObjectNode> scenarios = ScenarioLoader.load(StarterPolicy.SCENARIOS).scenarios().stream()
                .filter(s -> s.subject() == subject).map(s -> (ObjectNode) s.request()).toList();
        boolean transaction = subject == Subject.TRANSACTION;
        List<ObjectNode> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            ObjectNode body = scenarios.get(n % scenarios.size()).deepCopy();
            body.put(transaction ? "transactionId" : "contactId", "bench-" + n);
            ObjectNode holder = (ObjectNode) body.get(transaction ? "payer" : "customer");
            if (holder != null && holder.hasNonNull("accountId")) {
                holder.put("accountId", holder.get("accountId").asText() + "-" + (n % accounts));
            }
            if (transaction && n % 5 == 0) {
                ((ObjectNode) body.get("payee")).put("accountId",
                        n % 10 == 0 ? "acc-gen-" + (n % 1_000) : "acc-row-" + (n % 10_000));
            }
            out.add(body);
        }
        return out;
    }
}
