package io.frontline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.domain.AccountActivity;
import io.frontline.domain.AccountHolder;
import io.frontline.domain.Caller;
import io.frontline.domain.Contact;
import io.frontline.domain.ContactChannel;
import io.frontline.domain.Language;
import io.frontline.domain.LinkFinding;
import io.frontline.domain.Links;
import io.frontline.domain.Payee;
import io.frontline.domain.PaymentChannel;
import io.frontline.domain.PaymentDevice;
import io.frontline.domain.ScamSuspicion;
import io.frontline.domain.ScamText;
import io.frontline.domain.Transaction;
import io.frontline.domain.TransactionType;
import io.frontline.domain.Velocity;
import io.frontline.domain.WireEnum;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts a ruleset saw, as JSON and back: enough to run another ruleset over the same decision later
 * (backtests). Flags that are not set, counts of zero and absent values are left out: they read back as such. Caller numbers are masked as everywhere in the review log, so a rule that compares whole numbers
 * cannot be replayed exactly; everything else the rules can read is kept as it was.
 */
public final class FactsJson {
    private FactsJson() {}

    /** Writes {@code facts} as an array of objects, each with its {@code fact} kind first. */
    public static void write(JsonGenerator g, List<Object> facts) throws IOException {
        g.writeStartArray();
        for (Object fact : facts) {
            if (fact instanceof Transaction t) {
                transaction(g, t);
            } else if (fact instanceof Contact c) {
                contact(g, c);
            } else if (fact instanceof ScamSuspicion s) {
                g.writeStartObject();
                g.writeStringField("fact", "scam-suspicion");
                suspicion(g, s);
                g.writeEndObject();
            } else {
                throw new IllegalArgumentException("no JSON form for the fact " + fact.getClass().getName());
            }
        }
        g.writeEndArray();
    }

    /** The facts of {@link #write}, read back. */
    public static List<Object> read(JsonNode array) {
        List<Object> facts = new ArrayList<>();
        for (JsonNode n : array) {
            switch (n.path("fact").asText()) {
                case "transaction" -> facts.add(transaction(n));
                case "contact" -> facts.add(contact(n));
                case "scam-suspicion" -> facts.add(suspicion(n));
                default -> throw new IllegalArgumentException("unknown fact " + n.path("fact"));
            }
        }
        return facts;
    }

    private static void transaction(JsonGenerator g, Transaction t) throws IOException {
        g.writeStartObject();
        g.writeStringField("fact", "transaction");
        string(g, "id", t.getId());
        wire(g, "type", t.getType());
        decimal(g, "amount", t.getAmount());
        decimal(g, "originalAmount", t.getOriginalAmount());
        string(g, "currency", t.getCurrency());
        wire(g, "channel", t.getChannel());
        holder(g, "payer", t.getPayer());
        if (t.getPayee() != null) {
            Payee p = t.getPayee();
            g.writeObjectFieldStart("payee");
            string(g, "accountId", p.getAccountId());
            string(g, "category", p.getCategory());
            flag(g, "firstTime", p.isFirstTime());
            flag(g, "blockListed", p.isBlockListed());
            flag(g, "allowListed", p.isAllowListed());
            g.writeEndObject();
        }
        if (t.getDevice() != null) {
            PaymentDevice d = t.getDevice();
            g.writeObjectFieldStart("device");
            string(g, "id", d.getId());
            flag(g, "newForAccount", d.isNewForAccount());
            flag(g, "blockListed", d.isBlockListed());
            g.writeEndObject();
        }
        text(g, "memo", t.getMemo());
        flag(g, "activeCall", t.isActiveCall());
        flag(g, "screenSharing", t.isScreenSharing());
        count(g, "localHour", t.getLocalHour());
        count(g, "balanceSharePercent", t.getBalanceSharePercent());
        decimal(g, "typicalAmount", t.getTypicalAmount());
        decimal(g, "largestAmount", t.getLargestAmount());
        flag(g, "usuallyActiveAtNight", t.isUsuallyActiveAtNight());
        flag(g, "unusualAmount", t.isUnusualAmount());
        if (t.getVelocity() != null) {
            Velocity v = t.getVelocity();
            g.writeObjectFieldStart("velocity");
            count(g, "transfersLast10Minutes", v.getTransfersLast10Minutes());
            count(g, "newPayeesLast10Minutes", v.getNewPayeesLast10Minutes());
            count(g, "transfersLastHour", v.getTransfersLastHour());
            count(g, "transfersLast24Hours", v.getTransfersLast24Hours());
            decimal(g, "amountLast10Minutes", v.getAmountLast10Minutes());
            decimal(g, "amountLastHour", v.getAmountLastHour());
            decimal(g, "amountLast24Hours", v.getAmountLast24Hours());
            count(g, "nightTransfersLast24Hours", v.getNightTransfersLast24Hours());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static Transaction transaction(JsonNode n) {
        JsonNode payee = n.path("payee");
        JsonNode device = n.path("device");
        JsonNode v = n.path("velocity");
        return Transaction.builder().id(text(n, "id"))
                .type(wire(TransactionType.class, n, "type"))
                .amount(decimal(n, "amount")).originalAmount(decimal(n, "originalAmount"))
                .currency(text(n, "currency")).channel(wire(PaymentChannel.class, n, "channel"))
                .payer(holder(n.path("payer")))
                .payee(payee.isObject() ? new Payee(text(payee, "accountId"), text(payee, "category"),
                        payee.path("firstTime").asBoolean(), payee.path("blockListed").asBoolean(),
                        payee.path("allowListed").asBoolean()) : null)
                .device(device.isObject() ? new PaymentDevice(text(device, "id"),
                        device.path("newForAccount").asBoolean(), device.path("blockListed").asBoolean()) : null)
                .memo(text(n.path("memo")))
                .activeCall(n.path("activeCall").asBoolean()).screenSharing(n.path("screenSharing").asBoolean())
                .localHour(n.path("localHour").asInt()).balanceSharePercent(n.path("balanceSharePercent").asInt())
                .typicalAmount(decimal(n, "typicalAmount")).largestAmount(decimal(n, "largestAmount"))
                .usuallyActiveAtNight(n.path("usuallyActiveAtNight").asBoolean())
                .unusualAmount(n.path("unusualAmount").asBoolean())
                .velocity(v.isObject() ? new Velocity(v.path("transfersLast10Minutes").asInt(),
                        v.path("newPayeesLast10Minutes").asInt(), v.path("transfersLastHour").asInt(),
                        v.path("transfersLast24Hours").asInt(), decimal(v, "amountLast10Minutes"),
                        decimal(v, "amountLastHour"), decimal(v, "amountLast24Hours"),
                        v.path("nightTransfersLast24Hours").asInt()) : null)
                .build();
    }

    private static void contact(JsonGenerator g, Contact c) throws IOException {
        g.writeStartObject();
        g.writeStringField("fact", "contact");
        string(g, "id", c.getId());
        wire(g, "channel", c.getChannel());
        wire(g, "language", c.getLanguage());
        holder(g, "customer", c.getCustomer());
        if (c.getCaller() != null) {
            Caller k = c.getCaller();
            g.writeObjectFieldStart("caller");
            string(g, "number", k.getNumber() == null ? null : ReviewRecord.maskNumber(k.getNumber()));
            flag(g, "present", k.isPresent());
            flag(g, "international", k.isInternational());
            flag(g, "virtualOperator", k.isVirtualOperator());
            flag(g, "serviceHotline", k.isServiceHotline());
            flag(g, "blockListed", k.isBlockListed());
            string(g, "region", k.getRegion());
            string(g, "type", k.getType());
            flag(g, "valid", k.isValid());
            g.writeEndObject();
        }
        text(g, "scamText", c.getScamText());
        if (c.getLinks() != null) {
            g.writeObjectFieldStart("links");
            count(g, "count", c.getLinks().getCount());
            g.writeArrayFieldStart("findings");
            for (LinkFinding f : c.getLinks().getFindings()) {
                g.writeStartObject();
                string(g, "url", f.getUrl());
                string(g, "domain", f.getDomain());
                string(g, "looksLike", f.getLooksLike());
                string(g, "brand", f.getBrand());
                string(g, "technique", f.getTechnique());
                flag(g, "blockListed", f.isBlockListed());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        if (c.getAccount() != null) {
            AccountActivity a = c.getAccount();
            g.writeObjectFieldStart("account");
            flag(g, "newDeviceLogin", a.isNewDeviceLogin());
            count(g, "loginHour", a.getLoginHour());
            flag(g, "nightLogin", a.isNightLogin());
            flag(g, "passwordReset", a.isPasswordReset());
            count(g, "unfamiliarTransfers", a.getUnfamiliarTransfers());
            flag(g, "sendingScamMessages", a.isSendingScamMessages());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static Contact contact(JsonNode n) {
        JsonNode k = n.path("caller");
        JsonNode links = n.path("links");
        JsonNode a = n.path("account");
        List<LinkFinding> findings = new ArrayList<>();
        links.path("findings").forEach(f -> findings.add(new LinkFinding(text(f, "url"), text(f, "domain"),
                text(f, "looksLike"), text(f, "brand"), text(f, "technique"), f.path("blockListed").asBoolean())));
        return new Contact(text(n, "id"), wire(ContactChannel.class, n, "channel"), wire(Language.class, n, "language"),
                holder(n.path("customer")),
                k.isObject() ? new Caller(text(k, "number"), k.path("present").asBoolean(),
                        k.path("international").asBoolean(), k.path("virtualOperator").asBoolean(),
                        k.path("serviceHotline").asBoolean(), k.path("blockListed").asBoolean(), text(k, "region"),
                        text(k, "type"), k.path("valid").asBoolean()) : null,
                text(n.path("scamText")),
                links.isObject() ? new Links(links.path("count").asInt(), findings) : null,
                a.isObject() ? new AccountActivity(a.path("newDeviceLogin").asBoolean(), a.path("loginHour").asInt(),
                        a.path("nightLogin").asBoolean(), a.path("passwordReset").asBoolean(),
                        a.path("unfamiliarTransfers").asInt(), a.path("sendingScamMessages").asBoolean()) : null);
    }

    private static void suspicion(JsonGenerator g, ScamSuspicion s) throws IOException {
        string(g, "type", s.getType());
        count(g, "strength", s.getStrength());
        g.writeArrayFieldStart("phrases");
        for (String p : s.getPhrases()) {
            g.writeString(p);
        }
        g.writeEndArray();
        string(g, "seenIn", s.getSeenIn());
    }

    private static ScamSuspicion suspicion(JsonNode n) {
        List<String> phrases = new ArrayList<>();
        n.path("phrases").forEach(p -> phrases.add(p.asText()));
        return new ScamSuspicion(text(n, "type"), n.path("strength").asInt(), phrases, text(n, "seenIn"));
    }

    private static void holder(JsonGenerator g, String field, AccountHolder h) throws IOException {
        if (h == null) {
            return;
        }
        g.writeObjectFieldStart(field);
        string(g, "accountId", h.getAccountId());
        count(g, "age", h.getAge());
        string(g, "ageBand", h.getAgeBand());
        flag(g, "elderly", h.isElderly());
        decimal(g, "balance", h.getBalance());
        flag(g, "frozen", h.isFrozen());
        flag(g, "recentScamContact", h.isRecentScamContact());
        g.writeEndObject();
    }

    private static AccountHolder holder(JsonNode n) {
        return n.isObject() ? new AccountHolder(text(n, "accountId"), n.path("age").asInt(), text(n, "ageBand"),
                n.path("elderly").asBoolean(), decimal(n, "balance"), n.path("frozen").asBoolean(),
                n.path("recentScamContact").asBoolean()) : null;
    }

    private static void text(JsonGenerator g, String field, ScamText t) throws IOException {
        if (t == null) {
            return;
        }
        g.writeObjectFieldStart(field);
        wire(g, "language", t.getLanguage());
        g.writeObjectFieldStart("matches");
        for (Map.Entry<String, List<String>> e : t.getMatches().entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (String p : e.getValue()) {
                g.writeString(p);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("cues");
        for (String cue : t.getCues()) {
            g.writeString(cue);
        }
        g.writeEndArray();
        count(g, "humanRequests", t.getHumanRequests());
        g.writeEndObject();
    }

    private static ScamText text(JsonNode n) {
        if (!n.isObject()) {
            return null;
        }
        Map<String, List<String>> matches = new LinkedHashMap<>();
        n.path("matches").fields().forEachRemaining(e -> {
            List<String> phrases = new ArrayList<>();
            e.getValue().forEach(p -> phrases.add(p.asText()));
            matches.put(e.getKey(), phrases);
        });
        Set<String> cues = new LinkedHashSet<>();
        n.path("cues").forEach(c -> cues.add(c.asText()));
        return new ScamText(wire(Language.class, n, "language"), matches, cues, n.path("humanRequests").asInt());
    }

    /** A flag is written only when set: most are not, and a missing one reads back as false. */
    private static void flag(JsonGenerator g, String field, boolean value) throws IOException {
        if (value) {
            g.writeBooleanField(field, true);
        }
    }

    /** A count is written only when not zero; a missing one reads back as zero. */
    private static void count(JsonGenerator g, String field, int value) throws IOException {
        if (value != 0) {
            g.writeNumberField(field, value);
        }
    }

    private static void string(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static void wire(JsonGenerator g, String field, WireEnum value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value.wire());
        }
    }

    private static <E extends Enum<E> & WireEnum> E wire(Class<E> type, JsonNode n, String field) {
        String v = text(n, field);
        if (v == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.wire().equals(v)) {
                return e;
            }
        }
        throw new IllegalArgumentException(field + " \"" + v + "\" is not a " + type.getSimpleName());
    }

    private static void decimal(JsonGenerator g, String field, BigDecimal value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value.toPlainString());
        }
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        String v = text(n, field);
        return v == null ? null : new BigDecimal(v);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
