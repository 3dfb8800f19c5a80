package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.decide.DecisionService;
import io.frontline.domain.TransactionRequest;
import io.frontline.domain.UnsupportedRequestException;
import io.frontline.json.FieldError;
import io.frontline.json.InvalidPayloadException;
import io.frontline.json.Json;
import io.frontline.json.RequestReader;
import io.vertx.ext.web.RoutingContext;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/history/transactions}: past payments of the payment system's own records, so that accounts
 * frontline has not seen yet have payees, devices, typical amounts and habits from the start.
 */
final class HistoryRoutes {
    /** Most payments one request may load. */
    static final int MAX = 1_000;

    private final DecisionService service;

    HistoryRoutes(DecisionService service) {
        this.service = service;
    }

    void load(RoutingContext ctx) {
        JsonNode body = DecideRoutes.body(ctx);
        JsonNode items = body.get("transactions");
        if (items == null || !items.isArray() || items.isEmpty() || items.size() > MAX) {
            throw new InvalidPayloadException(List.of(new FieldError("transactions",
                    "must be an array of 1 to " + MAX + " past payments")));
        }
        List<TransactionRequest> payments = new ArrayList<>(items.size());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "transactions[" + i + "].";
            JsonNode n = items.get(i);
            if (!n.isObject()) {
                errors.add(new FieldError("transactions[" + i + "]", "must be an object"));
                continue;
            }
            try {
                TransactionRequest r = RequestReader.transaction(n);
                if (r.occurredAt() == null) {
                    errors.add(new FieldError(at + "occurredAt", "is required for a past payment"));
                } else {
                    payments.add(r);
                }
            } catch (InvalidPayloadException e) {
                e.errors().forEach(x -> errors.add(new FieldError(at + x.field(), x.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidPayloadException(errors);
        }
        int loaded;
        try {
            loaded = service.remember(payments);
        } catch (UnsupportedRequestException e) {
            throw new InvalidPayloadException(List.of(new FieldError("transactions" + e.field(), e.getMessage())));
        }
        DecideRoutes.json(ctx, Json.MAPPER.createObjectNode().put("loaded", loaded).toString());
    }
}
