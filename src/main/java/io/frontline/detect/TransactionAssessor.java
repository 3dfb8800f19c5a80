package io.frontline.detect;

import io.frontline.domain.AccountHolder;
import io.frontline.domain.Language;
import io.frontline.domain.Payee;
import io.frontline.domain.PaymentDevice;
import io.frontline.domain.ScamText;
import io.frontline.domain.Signal;
import io.frontline.domain.Transaction;
import io.frontline.domain.TransactionRequest;
import io.frontline.domain.Velocity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a transaction request into the facts the rules read and the signals the decision shows. */
public final class TransactionAssessor {
    private final Intel intel;
    private final ScamLanguage language;
    private final AccountMemory memory;
    private final DetectorSettings settings;

    public TransactionAssessor(Intel intel, AccountMemory memory, DetectorSettings settings) {
        this.intel = intel;
        this.language = new ScamLanguage(intel.phrases(), intel.model());
        this.memory = memory;
        this.settings = settings;
    }

    /**
     * @param instant the decision's time (the request's own time when it is close to frontline's clock);
     *                local hours and ages are read in the configured zone
     */
    public Assessment assess(TransactionRequest r, Instant instant) {
        java.time.ZonedDateTime at = instant.atZone(settings.zone());
        String deviceId = r.device() == null ? null : r.device().id();
        AccountMemory.PaymentView history = memory.viewPayment(r.payer().accountId(), r.payee().accountId(), deviceId,
                instant);
        IntelLists lists = intel.lists();
        List<Signal> signals = new ArrayList<>();

        AccountHolder payer = AgeBands.holder(r.payer().accountId(), r.payer().birthYear(), at.getYear(),
                settings.elderlyAge(), r.payer().balance(), history.frozen(), history.recentScamContact());
        boolean payeeBlocked = lists.contains(IntelLists.BLOCK_PAYEES, r.payee().accountId(), instant);
        boolean payeeAllowed = lists.contains(IntelLists.ALLOW_PAYEES, r.payee().accountId(), instant);
        Payee payee = new Payee(r.payee().accountId(), r.payee().category(),
                !history.payeeKnown() && !payeeAllowed, payeeBlocked,
                payeeAllowed);
        boolean deviceBlocked = lists.contains(IntelLists.BLOCK_DEVICES, deviceId, instant);
        PaymentDevice device = new PaymentDevice(deviceId, history.deviceNew(),
                deviceBlocked);

        Language lang = r.language() != null ? r.language()
                : r.memo() == null || r.memo().isBlank() ? Language.ZH_HANS : TextNormalizer.detect(r.memo());
        ScamLanguage.Reading memo = language.read(r.memo(), lang, "memo");
        BigDecimal amount = intel.rates().toBase(r.amount(), r.currency());
        BigDecimal balance = r.payer().balance() == null ? null : intel.rates().toBase(r.payer().balance(), r.currency());
        int share = sharePercent(amount, balance);
        boolean unusual = history.typicalAmount() != null && history.typicalAmount().signum() > 0
                && amount.compareTo(history.typicalAmount().multiply(BigDecimal.valueOf(
                        settings.unusualAmountFactor()))) >= 0;
        Velocity velocity = new Velocity(history.paymentsLast10Minutes() + 1,
                history.newPayeesLast10Minutes() + (payee.isFirstTime() ? 1 : 0), history.paymentsLastHour() + 1,
                history.paymentsLast24Hours() + 1, history.amountLast10Minutes().add(amount),
                history.amountLastHour().add(amount), history.amountLast24Hours().add(amount),
                history.nightPaymentsLast24Hours() + (at.getHour() < 6 ? 1 : 0));
        boolean activeCall = r.session() != null && r.session().activeCall();
        boolean screenSharing = r.session() != null && r.session().screenSharing();

        Transaction fact = Transaction.builder()
                .id(r.transactionId()).type(r.type()).amount(amount).originalAmount(r.amount()).currency(r.currency())
                .channel(r.channel())
                .payer(payer).payee(payee).device(device).memo(memo.text())
                .activeCall(activeCall).screenSharing(screenSharing).localHour(at.getHour())
                .balanceSharePercent(share).typicalAmount(history.typicalAmount())
                .largestAmount(history.largestAmount()).usuallyActiveAtNight(history.usuallyActiveAtNight())
                .unusualAmount(unusual)
                .velocity(velocity).build();

        if (payer.isElderly()) {
            signals.add(new Signal("elderly-customer", Map.of("age", payer.getAge(), "ageBand", payer.getAgeBand())));
        }
        if (payee.isFirstTime()) {
            signals.add(new Signal("first-time-payee", Map.of("payee", r.payee().accountId())));
        }
        if (unusual) {
            signals.add(new Signal("unusual-amount", Map.of("amount", money(amount),
                    "typicalAmount", money(history.typicalAmount()))));
        }
        if (share >= 50) {
            signals.add(new Signal("balance-drain", Map.of("balanceSharePercent", share)));
        }
        if (velocity.getTransfersLast10Minutes() >= 3 || velocity.getNewPayeesLast10Minutes() >= 2) {
            signals.add(new Signal("velocity", Map.of(
                    "transfersLast10Minutes", velocity.getTransfersLast10Minutes(),
                    "newPayeesLast10Minutes", velocity.getNewPayeesLast10Minutes(),
                    "transfersLastHour", velocity.getTransfersLastHour(),
                    "amountLast24Hours", money(velocity.getAmountLast24Hours()))));
        }
        if (fact.isNight()) {
            signals.add(new Signal("night-activity", Map.of("localHour", at.getHour())));
        }
        if (device.isNewForAccount()) {
            signals.add(new Signal("new-device", Map.of("device", deviceId)));
        }
        if (payeeBlocked) {
            signals.add(new Signal("intel-hit", Map.of("list", IntelLists.BLOCK_PAYEES, "value", r.payee().accountId())));
        }
        if (deviceBlocked) {
            signals.add(new Signal("intel-hit", Map.of("list", IntelLists.BLOCK_DEVICES, "value", deviceId)));
        }
        if (payer.isFrozen()) {
            signals.add(new Signal("account-frozen", Map.of("account", payer.getAccountId())));
        }
        if (payer.isRecentScamContact()) {
            signals.add(new Signal("recent-scam-contact", Map.of("account", payer.getAccountId())));
        }
        if (activeCall) {
            signals.add(new Signal("active-call", Map.of("activeCall", true)));
        }
        if (screenSharing || memo.text().isRemoteControl() || memo.text().isScreenSharing()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("screenSharing", screenSharing);
            detail.putAll(Signals.phrases(memo.text(), ScamText.Cue.REMOTE_CONTROL, ScamText.Cue.SCREEN_SHARING));
            signals.add(new Signal("remote-control", detail));
        }
        Signals.scamText(memo, "memo").ifPresent(signals::add);

        List<Object> facts = new ArrayList<>(1 + memo.suspicions().size());
        facts.add(fact);
        facts.addAll(memo.suspicions());
        return new Assessment(facts, signals, lang, amount);
    }

    /** The payment's amount in CNY. */
    public BigDecimal inBase(TransactionRequest r) {
        return intel.rates().toBase(r.amount(), r.currency());
    }

    private static int sharePercent(BigDecimal amount, BigDecimal balance) {
        if (balance == null || balance.signum() <= 0) {
            return -1;
        }
        return amount.multiply(BigDecimal.valueOf(100)).divide(balance, 0, RoundingMode.DOWN).min(
                BigDecimal.valueOf(100_000)).intValue();
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
