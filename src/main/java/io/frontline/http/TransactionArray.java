package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.domain.TransactionRequest;
import io.frontline.json.FieldError;
import io.frontline.json.InvalidPayloadException;
import io.frontline.json.RequestReader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The {@code transactions} array of a request body, each item read as a payment request. Every invalid field of
 * every item is listed, named by its place ({@code transactions[3].amount}), before anything is done with any.
 */
final class TransactionArray {
    private TransactionArray() {}

    /**
     * @param what  what the items are, for the message when the array itself is wrong ("payments to decide")
     * @param check a further check of a valid item at its place ({@code transactions[3].}): an error, or null
     */
    static List<TransactionRequest> read(JsonNode body, int max, String what,
                                         BiFunction<TransactionRequest, String, FieldError> check) {
        JsonNode items = body.get("transactions");
        if (items == null || !items.isArray() || items.isEmpty() || items.size() > max) {
            throw new InvalidPayloadException(List.of(new FieldError("transactions",
                    "must be an array of 1 to " + max + " " + what)));
        }
        List<TransactionRequest> out = new ArrayList<>(items.size());
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
                FieldError e = check.apply(r, at);
                if (e == null) {
                    out.add(r);
                } else {
                    errors.add(e);
                }
            } catch (InvalidPayloadException e) {
                e.errors().forEach(x -> errors.add(new FieldError(at + x.field(), x.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidPayloadException(errors);
        }
        return out;
    }
}
