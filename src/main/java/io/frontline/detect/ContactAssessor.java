package io.frontline.detect;

import io.frontline.domain.AccountActivity;
import io.frontline.domain.AccountHolder;
import io.frontline.domain.Caller;
import io.frontline.domain.Contact;
import io.frontline.domain.ContactRequest;
import io.frontline.domain.Language;
import io.frontline.domain.LinkFinding;
import io.frontline.domain.Links;
import io.frontline.domain.ScamText;
import io.frontline.domain.Signal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a contact request into the facts the rules read and the signals the decision shows. */
public final class ContactAssessor {
    private final ScamLanguage language;
    private final CallerNumbers numbers;
    private final LinkInspector links;
    private final AccountMemory memory;
    private final DetectorSettings settings;
    private final java.time.Duration recentScamContact;

    public ContactAssessor(Intel intel, AccountMemory memory, DetectorSettings settings) {
        this.language = new ScamLanguage(intel.phrases(), intel.model());
        this.numbers = new CallerNumbers(intel.numberRanges(), intel.lists());
        this.links = new LinkInspector(intel.brands(), intel.lists());
        this.memory = memory;
        this.settings = settings;
        this.recentScamContact = intel.settings().recentScamContact();
    }

    /** @param instant the decision's time (the request's own time when it is close to frontline's clock) */
    public Assessment assess(ContactRequest r, Instant instant) {
        java.time.ZonedDateTime at = instant.atZone(settings.zone());
        String words = join(r.text(), r.reportedMessage());
        Language lang = r.language() != null ? r.language() : TextNormalizer.detect(words);
        ScamLanguage.Reading reading = language.read(words, lang, "contact");
        ScamText text = reading.text();
        Caller caller = numbers.read(r.callerNumber(), instant);
        Links found = links.inspect(instant, r.text(), r.reportedMessage());
        AccountActivity activity = activity(r.accountSignals());

        String accountId = r.customer() == null ? null : r.customer().accountId();
        boolean frozen = accountId != null && memory.isFrozen(accountId);
        boolean recentScam = accountId != null && memory.isRecentScamContact(accountId, instant);
        AccountHolder customer = AgeBands.holder(accountId, r.customer() == null ? null : r.customer().birthYear(),
                at.getYear(), settings.elderlyAge(), null, frozen, recentScam);

        Contact fact = new Contact(r.contactId(), r.channel(), lang, customer, caller, text, found, activity);
        List<Signal> signals = signals(customer, caller, text, found, activity, reading);
        List<Object> facts = new ArrayList<>(1 + reading.suspicions().size());
        facts.add(fact);
        facts.addAll(reading.suspicions());
        return new Assessment(facts, signals, lang);
    }

    /** Whether a decided contact showed scam signals strong enough to mark its account. */
    public static boolean showsScam(Assessment assessment) {
        return showsScam(assessment.signals().stream().map(io.frontline.domain.Signal::kind).toList());
    }

    /** Whether signals of these kinds show a scam contact (what marks the account for the payments after it). */
    public static boolean showsScam(java.util.Collection<String> signalKinds) {
        return signalKinds.stream().anyMatch(kind -> switch (kind) {
            case "lookalike-domain", "scam-text", "phone-risk", "remote-control" -> true;
            default -> false;
        });
    }

    public void markScamContact(String accountId, Instant at) {
        memory.markScamContact(accountId, at.plus(recentScamContact));
    }

    private List<Signal> signals(AccountHolder customer, Caller caller, ScamText text, Links found,
                                 AccountActivity activity, ScamLanguage.Reading reading) {
        List<Signal> signals = new ArrayList<>();
        if (customer.isElderly()) {
            signals.add(new Signal("elderly-customer", Map.of("age", customer.getAge(),
                    "ageBand", customer.getAgeBand())));
        }
        for (LinkFinding f : found.getFindings()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("url", f.getUrl());
            detail.put("domain", f.getDomain());
            if (f.isImitation()) {
                detail.put("looksLike", f.getLooksLike());
                detail.put("brand", f.getBrand());
            }
            detail.put("technique", f.getTechnique());
            signals.add(new Signal(f.isImitation() ? "lookalike-domain" : "suspicious-link", detail));
            if (f.isBlockListed()) {
                signals.add(new Signal("intel-hit", Map.of("list", IntelLists.BLOCK_DOMAINS, "value", f.getDomain())));
            }
        }
        phoneRisk(caller, text).ifPresent(signals::add);
        if (caller.isBlockListed()) {
            signals.add(new Signal("intel-hit", Map.of("list", IntelLists.BLOCK_NUMBERS, "value", caller.getNumber())));
        }
        Signals.scamText(reading, "contact").ifPresent(signals::add);
        if (text.isRemoteControl() || text.isScreenSharing()) {
            signals.add(new Signal("remote-control",
                    Signals.phrases(text, ScamText.Cue.REMOTE_CONTROL, ScamText.Cue.SCREEN_SHARING)));
        }
        if (text.isWantsHuman() || text.isAnger()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("humanRequests", text.getHumanRequests());
            detail.put("anger", text.isAnger());
            detail.putAll(Signals.phrases(text, ScamText.Cue.WANTS_HUMAN, ScamText.Cue.ANGER));
            signals.add(new Signal("escalation-request", detail));
        }
        if (activity.isNewDeviceLogin() || activity.isNightLogin() || activity.isPasswordReset()
                || activity.getUnfamiliarTransfers() > 0 || activity.isSendingScamMessages()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("newDeviceLogin", activity.isNewDeviceLogin());
            detail.put("loginHour", activity.getLoginHour());
            detail.put("passwordReset", activity.isPasswordReset());
            detail.put("unfamiliarTransfers", activity.getUnfamiliarTransfers());
            detail.put("sendingScamMessages", activity.isSendingScamMessages());
            signals.add(new Signal("account-activity", detail));
        }
        if (customer.isFrozen()) {
            signals.add(new Signal("account-frozen", Map.of("account", customer.getAccountId())));
        }
        return signals;
    }

    private static java.util.Optional<Signal> phoneRisk(Caller caller, ScamText text) {
        List<String> why = new ArrayList<>();
        if (caller.isVirtualOperator()) {
            why.add("virtual-operator range");
        }
        if (caller.isInternational() && text.isClaimsOfficial()) {
            why.add("international number while the text claims a domestic bank or official hotline");
        } else if (caller.isInternational()) {
            why.add("international number");
        }
        if (caller.isBlockListed()) {
            why.add("on the block list");
        }
        if (why.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("number", caller.getNumber());
        detail.put("region", caller.getRegion());
        detail.put("type", caller.getType());
        detail.put("why", why);
        return java.util.Optional.of(new Signal("phone-risk", detail));
    }

    private static AccountActivity activity(io.frontline.domain.ContactRequest.AccountSignals s) {
        if (s == null) {
            return AccountActivity.NONE;
        }
        int hour = s.loginHour() == null ? -1 : s.loginHour();
        return new AccountActivity(Boolean.TRUE.equals(s.newDeviceLogin()), hour, hour >= 0 && hour < 6,
                Boolean.TRUE.equals(s.passwordReset()), s.unfamiliarTransfers() == null ? 0 : s.unfamiliarTransfers(),
                Boolean.TRUE.equals(s.reportedSendingScamMessages()));
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + "\n" + b;
    }
}
