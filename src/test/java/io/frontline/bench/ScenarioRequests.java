package io.frontline.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.frontline.domain.Subject;
import io.frontline.http.ApiKeyStore;
import io.frontline.json.Json;
import io.frontline.scenario.Scenario;
import io.frontline.scenario.ScenarioLoader;
import io.frontline.support.StarterPolicy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The starter policy's scenario requests as templates for load: every request sent gets an id of its own and
 * its account spread over a pool, so that a benchmark's requests are varied and its accounts build history.
 */
final class ScenarioRequests {
    private ScenarioRequests() {}

    /**
     * One kind of request: its route, the key of the role that may send it, and its body split where the
     * request id and then (when it has one) the account id's suffix go.
     */
    record Template(String path, String key, boolean transaction, String[] parts) {
        /** The {@code n}th request of this kind, its account one of {@code accounts}. */
        String body(long n, int accounts) {
            String withId = parts[0] + "bench-" + n + parts[1];
            return parts.length == 2 ? withId : withId + "-" + (n % accounts) + parts[2];
        }
    }

    /** Every scenario request, with the keys of the service whose data directory is {@code data}. */
    static List<Template> templates(Path data) throws IOException {
        var keys = Json.MAPPER.readTree(Files.readAllBytes(data.resolve(ApiKeyStore.INITIAL_FILE)));
        List<Template> out = new ArrayList<>();
        for (Scenario s : ScenarioLoader.load(StarterPolicy.SCENARIOS).scenarios()) {
            boolean transaction = s.subject() == Subject.TRANSACTION;
            String idField = transaction ? "transactionId" : "contactId";
            ObjectNode request = s.request().deepCopy();
            request.remove(idField);
            ObjectNode body = Json.MAPPER.createObjectNode().put(idField, "\u0001"); // first, before the account
            body.setAll(request);
            if (body.path(transaction ? "payer" : "customer").get("accountId") instanceof TextNode account) {
                ((ObjectNode) body.get(transaction ? "payer" : "customer")).put("accountId", account.asText() + "\u0002");
            }
            String[] parts = body.toString().split("\\\\u000[12]", -1);
            out.add(new Template(transaction ? "/v1/transactions/decide" : "/v1/contacts/decide",
                    keys.path(transaction ? "payment-system" : "agent").asText(), transaction, parts));
        }
        return out;
    }
}
