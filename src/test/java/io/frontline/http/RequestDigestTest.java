package io.frontline.http;

import io.frontline.domain.PaymentChannel;
import io.frontline.domain.TransactionRequest;
import io.frontline.domain.TransactionType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestDigestTest {
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-24T10:00:00+08:00");

    private static TransactionRequest payment(String amount, String memo, String payeeName, String payeeCategory) {
        return new TransactionRequest("tx-1", AT, TransactionType.values()[0], new BigDecimal(amount), "CNY",
                PaymentChannel.values()[0], new TransactionRequest.Payer("acc-1", 1950, new BigDecimal("100.50")),
                new TransactionRequest.Payee("acc-2", payeeName, payeeCategory), memo, null, null, null);
    }

    @Test
    void the_same_request_has_the_same_digest() {
        assertArrayEquals(RequestDigest.of(payment("10.00", "rent", "Li", "person")),
                RequestDigest.of(payment("10.00", "rent", "Li", "person")));
    }

    @Test
    void amounts_are_compared_by_value() {
        assertArrayEquals(RequestDigest.of(payment("10", "rent", "Li", "person")),
                RequestDigest.of(payment("10.000", "rent", "Li", "person")));
        assertArrayEquals(RequestDigest.of(payment("0", "rent", "Li", "person")),
                RequestDigest.of(payment("0.00", "rent", "Li", "person")));
    }

    @Test
    void any_difference_in_any_field_changes_the_digest() {
        long[] base = RequestDigest.of(payment("10", "rent", "Li", "person"));
        assertFalse(same(base, RequestDigest.of(payment("10.01", "rent", "Li", "person"))));
        assertFalse(same(base, RequestDigest.of(payment("10", "rent ", "Li", "person"))));
        assertFalse(same(base, RequestDigest.of(payment("10", null, "Li", "person"))));
        assertFalse(same(base, RequestDigest.of(payment("10", "", "Li", "person"))));
    }

    @Test
    void texts_that_differ_only_in_a_lone_surrogate_are_different_requests() {
        assertFalse(same(RequestDigest.of(payment("10", "pay \uD800", "Li", "person")),
                RequestDigest.of(payment("10", "pay ?", "Li", "person"))));
        assertFalse(same(RequestDigest.of(payment("10", "pay \uD83D", "Li", "person")),
                RequestDigest.of(payment("10", "pay \uD83C", "Li", "person"))));
    }

    @Test
    void the_balance_is_compared_by_value_and_a_missing_balance_is_not_zero() {
        assertArrayEquals(RequestDigest.of(withBalance("10.0")), RequestDigest.of(withBalance("10.00")));
        assertArrayEquals(RequestDigest.of(withBalance("0.00")), RequestDigest.of(withBalance("0")));
        assertFalse(same(RequestDigest.of(withBalance(null)), RequestDigest.of(withBalance("0"))));
    }

    @Test
    void the_same_instant_at_another_offset_is_a_different_request() {
        TransactionRequest here = payment("10", "rent", "Li", "person");
        TransactionRequest utc = new TransactionRequest(here.transactionId(), AT.withOffsetSameInstant(java.time.ZoneOffset.UTC),
                here.type(), here.amount(), here.currency(), here.channel(), here.payer(), here.payee(), here.memo(),
                here.device(), here.session(), here.language());
        assertFalse(same(RequestDigest.of(here), RequestDigest.of(utc)));
    }

    private static TransactionRequest withBalance(String balance) {
        TransactionRequest r = payment("10", "rent", "Li", "person");
        return new TransactionRequest(r.transactionId(), r.occurredAt(), r.type(), r.amount(), r.currency(), r.channel(),
                new TransactionRequest.Payer("acc-1", 1950, balance == null ? null : new BigDecimal(balance)),
                r.payee(), r.memo(), r.device(), r.session(), r.language());
    }

    @Test
    void text_moved_from_one_field_to_the_next_is_a_different_request() {
        assertFalse(same(RequestDigest.of(payment("10", "rent", "ab", "c")),
                RequestDigest.of(payment("10", "rent", "a", "bc"))));
    }

    @Test
    void a_value_of_a_kind_no_request_holds_is_refused_and_leaves_nothing_behind() {
        long[] before = RequestDigest.of(payment("10", "rent", "Li", "person"));
        assertThrows(IllegalArgumentException.class,
                () -> RequestDigest.of(java.util.List.of("half", "way", new Object())));
        assertArrayEquals(before, RequestDigest.of(payment("10", "rent", "Li", "person")));
    }

    private static boolean same(long[] a, long[] b) {
        return a[0] == b[0] && a[1] == b[1];
    }
}
