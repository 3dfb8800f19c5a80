package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.detect.IntelLists;
import io.frontline.json.FieldError;
import io.frontline.json.InvalidPayloadException;
import io.frontline.json.Json;
import io.frontline.json.ListEntryReader;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/** {@code GET|PUT|DELETE /v1/lists/{list}/entries}: the intel lists policy staff manage. */
final class ListRoutes {
    private static final Logger log = LoggerFactory.getLogger(ListRoutes.class);

    private final IntelLists lists;

    ListRoutes(IntelLists lists) {
        this.lists = lists;
    }

    void get(RoutingContext ctx) {
        String list = list(ctx);
        ObjectNode o = Json.MAPPER.createObjectNode().put("list", list);
        ArrayNode entries = o.putArray("entries");
        for (IntelLists.Listed l : lists.entries(list)) {
            ObjectNode e = entries.addObject().put("value", l.entry().value()).put("reason", l.entry().reason())
                    .put("source", l.entry().source());
            if (l.entry().expiresAt() != null) {
                e.put("expiresAt", l.entry().expiresAt().toString());
            }
            e.put("origin", l.origin());
        }
        DecideRoutes.json(ctx, o.toString());
    }

    void put(RoutingContext ctx) {
        String list = list(ctx);
        List<IntelLists.Entry> entries = ListEntryReader.entries(list, body(ctx, true));
        ctx.vertx().executeBlocking(() -> {
            lists.put(list, entries);
            return entries.size();
        }, false).onSuccess(n -> {
            RequestIds.withMdc(ctx, () -> log.info("{} entries put on {} by key {}", n, list, keyId(ctx)));
            ObjectNode o = Json.MAPPER.createObjectNode().put("list", list).put("put", n);
            ArrayNode values = o.putArray("values");
            entries.forEach(e -> values.add(e.value()));
            DecideRoutes.json(ctx, o.toString());
        }).onFailure(ctx::fail);
    }

    void delete(RoutingContext ctx) {
        String list = list(ctx);
        List<String> values = new ArrayList<>(ctx.queryParam("value"));
        JsonNode body = body(ctx, false);
        if (body != null) {
            (body.isArray() ? body : Json.MAPPER.createArrayNode().add(body)).forEach(n -> values.add(
                    n.isTextual() ? n.textValue() : n.path("value").asText("")));
        }
        values.removeIf(String::isBlank);
        if (values.isEmpty()) {
            throw new InvalidPayloadException(List.of(new FieldError("value",
                    "name the entries to remove: ?value=… or a body {\"value\": …} or an array")));
        }
        ctx.vertx().executeBlocking(() -> lists.remove(list, values), false).onSuccess(removed -> {
            if (removed.isEmpty()) {
                ctx.fail(new HttpFailure(404, "not-found", "Not found", "none of these values is on " + list));
                return;
            }
            RequestIds.withMdc(ctx, () -> log.info("{} entries removed from {} by key {}", removed.size(), list,
                    keyId(ctx)));
            ObjectNode o = Json.MAPPER.createObjectNode().put("list", list).put("removed", removed.size());
            ArrayNode out = o.putArray("values");
            removed.forEach(out::add);
            DecideRoutes.json(ctx, o.toString());
        }).onFailure(ctx::fail);
    }

    private String list(RoutingContext ctx) {
        String list = ctx.pathParam("list");
        if (!lists.isList(list)) {
            throw new HttpFailure(404, "not-found", "Not found", "no list named '" + list + "'; lists: "
                    + String.join(", ", IntelLists.NAMES));
        }
        return list;
    }

    private static JsonNode body(RoutingContext ctx, boolean required) {
        Buffer b = ctx.body().buffer();
        if (b == null || b.length() == 0) {
            if (required) {
                throw new io.frontline.json.MalformedJsonException("the body is empty");
            }
            return null;
        }
        return Json.parse(b.getBytes());
    }

    private static String keyId(RoutingContext ctx) {
        ApiKeyStore.ApiKey key = ctx.get(Access.KEY);
        return key == null ? "-" : key.id();
    }
}
