package io.frontline.detect;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What frontline remembers per account, in process: payees paid (and since when), devices used (when first
 * seen, and whether a payment from them was ever let through), the payments of the last 90 days (for typical
 * and largest amounts, bursts and night habits), recent scam contacts and active freezes.
 *
 * <p>A payee counts as known only once a payment to it was let through at least a day earlier, so a small
 * "test" payment does not make the large one that follows look familiar. Typical and largest amounts come
 * from payments that were let through; every attempt counts towards bursts. Freezes and scam-contact marks
 * are kept apart from the per-account history and are never evicted by it.
 *
 * <p>Bounded: at most {@code maxAccounts} accounts (least recently used dropped first), accounts idle for
 * 90 days expire, and each keeps at most {@value #MAX_PAYEES} payees, {@value #MAX_DEVICES} devices and
 * {@value #MAX_PAYMENTS} payments. Cost per account, its ids included: about 0.65 KB with one payment, about 1 KB
 * with three, about 40 KB at the caps (a payment ≈ 90 bytes, a payee or device id ≈ 80 bytes). Thread-safe.
 */
public final class AccountMemory {
    static final int MAX_PAYEES = 256;
    static final int MAX_DEVICES = 16;
    static final int MAX_PAYMENTS = 256;
    static final Duration KEPT = Duration.ofDays(90);
    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private final Map<String, Account> accounts;
    private final Map<String, io.frontline.domain.Freeze> frozen = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Instant> scamContactUntil = new java.util.concurrent.ConcurrentHashMap<>();
    private final ZoneId zone;

    public AccountMemory(int maxAccounts) {
        this(maxAccounts, ZoneId.of("Asia/Shanghai"));
    }

    public AccountMemory(int maxAccounts, ZoneId zone) {
        this.zone = zone;
        this.accounts = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Account> eldest) {
                return size() > maxAccounts;
            }
        };
    }

    /** What history says about one payment about to be made (this payment not included). */
    public record PaymentView(boolean payeeKnown, boolean hasHistory, boolean deviceNew, BigDecimal typicalAmount,
                              BigDecimal largestAmount, int paymentsLast10Minutes, int newPayeesLast10Minutes,
                              int paymentsLastHour, int paymentsLast24Hours, BigDecimal amountLast10Minutes,
                              BigDecimal amountLastHour, BigDecimal amountLast24Hours, int nightPaymentsLast24Hours,
                              boolean usuallyActiveAtNight, boolean frozen, boolean recentScamContact) {
        static final PaymentView NONE = new PaymentView(false, false, false, null, null, 0, 0, 0, 0, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, 0, false, false, false);
    }

    public PaymentView viewPayment(String accountId, String payeeId, String deviceId, Instant at) {
        synchronized (accounts) {
            Account a = accounts.get(accountId);
            if (a == null) {
                return frozen.containsKey(accountId) || isRecentScamContact(accountId, at)
                        ? new PaymentView(false, false, false, null, null, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO, 0, false, frozen.containsKey(accountId), isRecentScamContact(accountId, at))
                        : PaymentView.NONE;
            }
            a.expire(at);
            int last10 = 0;
            int newLast10 = 0;
            int lastHour = 0;
            int last24 = 0;
            int night24 = 0;
            int night = 0;
            BigDecimal sum10 = BigDecimal.ZERO;
            BigDecimal sumHour = BigDecimal.ZERO;
            BigDecimal sum24 = BigDecimal.ZERO;
            for (Payment p : a.payments) {
                if (p.night) {
                    night++;
                }
                Duration age = Duration.between(p.at, at);
                if (age.isNegative() || age.compareTo(DAY) > 0) {
                    continue;
                }
                last24++;
                sum24 = sum24.add(p.amount);
                if (p.night) {
                    night24++;
                }
                if (age.compareTo(HOUR) <= 0) {
                    lastHour++;
                    sumHour = sumHour.add(p.amount);
                }
                if (age.compareTo(TEN_MINUTES) <= 0) {
                    last10++;
                    sum10 = sum10.add(p.amount);
                    if (p.newPayee) {
                        newLast10++;
                    }
                }
            }
            boolean nightOwl = a.payments.size() >= 5 && night * 10 >= a.payments.size() * 3;
            Instant paidSince = a.payees.get(payeeId);
            boolean payeeKnown = paidSince != null && Duration.between(paidSince, at).compareTo(DAY) >= 0;
            return new PaymentView(payeeKnown, !a.payments.isEmpty(), a.isNewDevice(deviceId, at),
                    a.median(), a.largest(), last10, newLast10, lastHour, last24, sum10, sumHour, sum24, night24,
                    nightOwl, frozen.containsKey(accountId), isRecentScamContact(accountId, at));
        }
    }

    /**
     * Remembers a payment. Payees become known only when the payment was let through; every attempt counts
     * towards bursts; a device is remembered from its first attempt.
     */
    public void recordPayment(String accountId, String payeeId, String deviceId, BigDecimal amount, Instant at,
                              boolean letThrough) {
        int hour = at.atZone(zone).getHour();
        synchronized (accounts) {
            Account a = accounts.computeIfAbsent(accountId, k -> new Account());
            a.lastUsed = at.isAfter(a.lastUsed) ? at : a.lastUsed;
            boolean newPayee = !a.payees.containsKey(payeeId);
            a.add(new Payment(at, amount, newPayee, hour < 6, letThrough));
            if (a.firstSeen == null || at.isBefore(a.firstSeen)) {
                a.firstSeen = at;
            }
            if (deviceId != null) {
                Device d = a.devices.computeIfAbsent(deviceId, k -> new Device(at));
                d.trusted |= letThrough;
                if (a.devices.size() > MAX_DEVICES) {
                    a.devices.remove(a.devices.keySet().iterator().next());
                }
            }
            if (letThrough) {
                Instant since = a.payees.remove(payeeId);
                a.payees.put(payeeId, since == null || at.isBefore(since) ? at : since);
                if (a.payees.size() > MAX_PAYEES) {
                    a.payees.remove(a.payees.keySet().iterator().next());
                }
            }
        }
    }

    /** Marks the account as recently contacted by scammers until {@code until}. */
    public void markScamContact(String accountId, Instant until) {
        scamContactUntil.merge(accountId, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    public boolean isRecentScamContact(String accountId, Instant at) {
        Instant until = scamContactUntil.get(accountId);
        return until != null && until.isAfter(at);
    }

    /** Freezes the account now; an existing freeze keeps its first time and reason. */
    public void freeze(io.frontline.domain.Freeze freeze) {
        frozen.putIfAbsent(freeze.accountId(), freeze);
    }

    /** Lifts the freeze; the freeze that stood, if any. */
    public java.util.Optional<io.frontline.domain.Freeze> release(String accountId) {
        return java.util.Optional.ofNullable(frozen.remove(accountId));
    }

    /**
     * Lifts the freeze that stood since {@code since}, and only that one: a reviewer releases the freeze they
     * saw, never one that came after it.
     *
     * @return whether that freeze stood and is lifted
     */
    public boolean release(String accountId, Instant since) {
        io.frontline.domain.Freeze current = frozen.get(accountId);
        return current != null && current.since().equals(since) && frozen.remove(accountId, current);
    }

    public java.util.Optional<io.frontline.domain.Freeze> freezeOf(String accountId) {
        return java.util.Optional.ofNullable(frozen.get(accountId));
    }

    /** Every freeze that stands. */
    public java.util.List<io.frontline.domain.Freeze> freezes() {
        return java.util.List.copyOf(frozen.values());
    }

    /** Test and scenario shorthand: freezes the account for no recorded reason. */
    public void setFrozen(String accountId, boolean isFrozen) {
        if (isFrozen) {
            freeze(new io.frontline.domain.Freeze(accountId, Instant.EPOCH, "set up", null, "setup"));
        } else {
            release(accountId);
        }
    }

    public boolean isFrozen(String accountId) {
        return frozen.containsKey(accountId);
    }

    /** Drops history idle for 90 days and scam-contact marks that have run out. */
    public int expireIdle(Instant now) {
        scamContactUntil.values().removeIf(until -> until.isBefore(now));
        synchronized (accounts) {
            int before = accounts.size();
            accounts.values().removeIf(a -> Duration.between(a.lastUsed, now).compareTo(KEPT) > 0);
            return before - accounts.size();
        }
    }

    public int size() {
        synchronized (accounts) {
            return accounts.size();
        }
    }

    private record Payment(Instant at, BigDecimal amount, boolean newPayee, boolean night, boolean letThrough) {}

    private static final class Device {
        final Instant firstSeen;
        boolean trusted;

        Device(Instant firstSeen) {
            this.firstSeen = firstSeen;
        }
    }

    private static final class Account {
        // sized for the few payees, devices and payments most accounts have: they grow as needed
        final LinkedHashMap<String, Instant> payees = new LinkedHashMap<>(2);
        final LinkedHashMap<String, Device> devices = new LinkedHashMap<>(2);
        final ArrayDeque<Payment> payments = new ArrayDeque<>(2);
        Instant firstSeen;
        Instant lastUsed = Instant.EPOCH;

        /** Keeps payments in time order (history may arrive late), at most MAX_PAYMENTS. */
        void add(Payment p) {
            if (payments.isEmpty() || !p.at.isBefore(payments.peekLast().at)) {
                payments.addLast(p);
            } else {
                List<Payment> all = new ArrayList<>(payments);
                all.add(p);
                all.sort((x, y) -> x.at.compareTo(y.at));
                payments.clear();
                payments.addAll(all);
            }
            while (payments.size() > MAX_PAYMENTS) {
                payments.removeFirst();
            }
        }

        void expire(Instant now) {
            while (!payments.isEmpty() && Duration.between(payments.peekFirst().at, now).compareTo(KEPT) > 0) {
                payments.removeFirst();
            }
        }

        /**
         * A device is new for an account that had history before it: never seen, never used for a payment that
         * was let through, or first seen less than a day ago, after the account's first payment.
         */
        boolean isNewDevice(String deviceId, Instant at) {
            if (deviceId == null || payments.isEmpty()) {
                return false;
            }
            Device d = devices.get(deviceId);
            if (d == null || !d.trusted) {
                return true;
            }
            return d.firstSeen.isAfter(firstSeen) && Duration.between(d.firstSeen, at).compareTo(DAY) < 0;
        }

        BigDecimal median() {
            List<BigDecimal> amounts = new ArrayList<>(payments.size());
            payments.stream().filter(Payment::letThrough).forEach(p -> amounts.add(p.amount));
            if (amounts.size() < 3) {
                return null;
            }
            amounts.sort(null);
            return amounts.get(amounts.size() / 2);
        }

        BigDecimal largest() {
            BigDecimal max = null;
            for (Payment p : payments) {
                if (p.letThrough && (max == null || p.amount.compareTo(max) > 0)) {
                    max = p.amount;
                }
            }
            return max;
        }
    }
}
