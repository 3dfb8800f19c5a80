package io.frontline.detect;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What frontline remembers per account, in process: payees paid, devices used (and when first), recent payments (for typical
 * amounts and bursts), a recent scam contact, and an active freeze. Bounded: at most {@code maxAccounts}
 * accounts (least recently used dropped first), {@value #MAX_PAYEES} payees, {@value #MAX_DEVICES} devices and
 * {@value #MAX_PAYMENTS} payments each — roughly 40 KB per busy account at the caps. Thread-safe.
 */
public final class AccountMemory {
    static final int MAX_PAYEES = 256;
    static final int MAX_DEVICES = 16;
    static final int MAX_PAYMENTS = 128;
    private static final Duration DAY = Duration.ofHours(24);

    private final Map<String, Account> accounts;

    public AccountMemory(int maxAccounts) {
        this.accounts = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Account> eldest) {
                return size() > maxAccounts;
            }
        };
    }

    /** What history says about one payment about to be made. */
    public record PaymentView(boolean payeeKnown, boolean hasHistory, boolean deviceNew, BigDecimal typicalAmount,
                              int paymentsLast10Minutes, int newPayeesLast10Minutes, int paymentsLastHour,
                              BigDecimal amountLast24Hours, boolean frozen, boolean recentScamContact) {}

    public PaymentView viewPayment(String accountId, String payeeId, String deviceId, Instant at) {
        synchronized (accounts) {
            Account a = accounts.get(accountId);
            if (a == null) {
                return new PaymentView(false, false, false, null, 0, 0, 0, BigDecimal.ZERO, false, false);
            }
            int last10 = 0;
            int newLast10 = 0;
            int lastHour = 0;
            BigDecimal sum24 = BigDecimal.ZERO;
            for (Payment p : a.payments) {
                Duration age = Duration.between(p.at, at);
                if (age.isNegative()) {
                    continue;
                }
                if (age.compareTo(Duration.ofMinutes(10)) <= 0) {
                    last10++;
                    if (p.newPayee) {
                        newLast10++;
                    }
                }
                if (age.compareTo(Duration.ofHours(1)) <= 0) {
                    lastHour++;
                }
                if (age.compareTo(DAY) <= 0) {
                    sum24 = sum24.add(p.amount);
                }
            }
            return new PaymentView(a.payees.contains(payeeId), !a.payments.isEmpty(), a.isNewDevice(deviceId, at),
                    a.median(), last10, newLast10, lastHour, sum24,
                    a.frozen, a.scamContactUntil != null && a.scamContactUntil.isAfter(at));
        }
    }

    /**
     * Remembers a payment that was decided. Payees and devices become known only when the payment was let
     * through; every attempt counts towards bursts.
     */
    public void recordPayment(String accountId, String payeeId, String deviceId, BigDecimal amount, Instant at,
                              boolean letThrough) {
        synchronized (accounts) {
            Account a = accounts.computeIfAbsent(accountId, k -> new Account());
            boolean newPayee = !a.payees.contains(payeeId);
            a.payments.addLast(new Payment(at, amount, newPayee));
            while (a.payments.size() > MAX_PAYMENTS) {
                a.payments.removeFirst();
            }
            if (a.firstSeen == null || at.isBefore(a.firstSeen)) {
                a.firstSeen = at;
            }
            if (deviceId != null && !a.devices.containsKey(deviceId)) {
                a.devices.put(deviceId, at);
                if (a.devices.size() > MAX_DEVICES) {
                    a.devices.remove(a.devices.keySet().iterator().next());
                }
            }
            if (letThrough) {
                addBounded(a.payees, payeeId, MAX_PAYEES);
            }
        }
    }

    /** Marks the account as recently contacted by scammers until {@code until}. */
    public void markScamContact(String accountId, Instant until) {
        synchronized (accounts) {
            Account a = accounts.computeIfAbsent(accountId, k -> new Account());
            if (a.scamContactUntil == null || a.scamContactUntil.isBefore(until)) {
                a.scamContactUntil = until;
            }
        }
    }

    public void setFrozen(String accountId, boolean frozen) {
        synchronized (accounts) {
            accounts.computeIfAbsent(accountId, k -> new Account()).frozen = frozen;
        }
    }

    public int size() {
        synchronized (accounts) {
            return accounts.size();
        }
    }

    private static <T> void addBounded(LinkedHashSet<T> set, T value, int max) {
        set.remove(value);
        set.add(value);
        if (set.size() > max) {
            Iterator<T> oldest = set.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    private record Payment(Instant at, BigDecimal amount, boolean newPayee) {}

    private static final class Account {
        final LinkedHashSet<String> payees = new LinkedHashSet<>();
        final LinkedHashMap<String, Instant> devices = new LinkedHashMap<>();
        final ArrayDeque<Payment> payments = new ArrayDeque<>();
        Instant scamContactUntil;
        Instant firstSeen;
        boolean frozen;

        /**
         * A device is new for an account that had history before it: never seen, or first seen less than a
         * day ago, after the account's first payment.
         */
        boolean isNewDevice(String deviceId, Instant at) {
            if (deviceId == null || payments.isEmpty()) {
                return false;
            }
            Instant first = devices.get(deviceId);
            if (first == null) {
                return true;
            }
            return first.isAfter(firstSeen) && Duration.between(first, at).compareTo(DAY) < 0;
        }

        BigDecimal median() {
            if (payments.size() < 3) {
                return null;
            }
            List<BigDecimal> amounts = new ArrayList<>(payments.size());
            payments.forEach(p -> amounts.add(p.amount));
            amounts.sort(null);
            return amounts.get(amounts.size() / 2);
        }
    }

}
