package io.frontline.json;

import io.frontline.domain.ContactRequest;
import io.frontline.domain.TransactionRequest;
import io.frontline.domain.TransactionType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Request bodies become domain requests, or every invalid field is listed. */
class RequestReaderTest {

    private static TransactionRequest tx(String json) {
        return RequestReader.transaction(Json.parseObject(json.getBytes()));
    }

    @Test
    void a_minimal_transaction_reads_with_documented_defaults() {
        TransactionRequest r = tx("""
                {"transactionId":"t1","amount":"12.50","currency":"CNY","payer":{"accountId":"a"},"payee":{"accountId":"b"}}""");
        assertEquals(new BigDecimal("12.50"), r.amount());
        assertEquals(TransactionType.TRANSFER, r.type());
        assertEquals(false, r.session().activeCall());
    }

    @Test
    void money_must_be_a_positive_decimal_string() {
        for (String amount : new String[] {"\"-1.00\"", "\"0\"", "12.5", "\"1e5\"", "\"12,50\"", "\" \"", "true"}) {
            InvalidPayloadException e = assertThrows(InvalidPayloadException.class, () -> tx(
                    "{\"transactionId\":\"t1\",\"amount\":" + amount
                            + ",\"currency\":\"CNY\",\"payer\":{\"accountId\":\"a\"},\"payee\":{\"accountId\":\"b\"}}"));
            assertEquals("amount", e.errors().get(0).field(), amount);
        }
    }

    @Test
    void a_contact_needs_some_words_or_a_number() {
        InvalidPayloadException e = assertThrows(InvalidPayloadException.class, () -> RequestReader.contact(
                Json.parseObject("{\"contactId\":\"c\",\"channel\":\"phone\",\"text\":\"  \"}".getBytes())));
        assertEquals("text", e.errors().get(0).field());
        ContactRequest ok = RequestReader.contact(Json.parseObject(
                "{\"contactId\":\"c\",\"channel\":\"phone\",\"callerNumber\":\"+86 170 1234 5678\"}".getBytes()));
        assertEquals("+86 170 1234 5678", ok.callerNumber());
    }

    @Test
    void control_characters_and_overlong_text_are_invalid() {
        InvalidPayloadException e = assertThrows(InvalidPayloadException.class, () -> RequestReader.contact(
                Json.parseObject(("{\"contactId\":\"c\",\"channel\":\"chat\",\"text\":\"" + "字".repeat(10_001)
                        + "\",\"agentId\":\"a\\u0000b\"}").getBytes())));
        assertTrue(e.errors().stream().anyMatch(x -> x.field().equals("text")));
        assertTrue(e.errors().stream().anyMatch(x -> x.field().equals("agentId")));
    }
}
