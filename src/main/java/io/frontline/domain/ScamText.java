package io.frontline.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fact: what the wording of a text (a contact's words, a forwarded message, a payment memo) shows. */
public final class ScamText {
    public static final ScamText EMPTY = new ScamText(Language.ZH_HANS, Map.of(), Set.of(), 0);

    private final Language language;
    private final Map<String, List<String>> matches;
    private final Set<String> cues;
    private final int humanRequests;

    /**
     * @param language the language the text is in
     * @param matches  scam type or cue name to the phrases found for it
     * @param cues     the cue names present (verification-code, remote-control, ...)
     * @param humanRequests how many separate times the text asks for a human
     */
    public ScamText(Language language, Map<String, List<String>> matches, Set<String> cues, int humanRequests) {
        this.language = language;
        this.matches = Map.copyOf(matches);
        this.cues = Set.copyOf(cues);
        this.humanRequests = humanRequests;
    }

    public Language getLanguage() { return language; }

    /** The cue names present (verification-code, remote-control, ...). */
    public Set<String> getCues() { return cues; }

    /** Every phrase found, by scam type or cue. */
    public Map<String, List<String>> getMatches() { return matches; }

    /**
     * A scam type was suspected, or the text asks for something only scammers ask for (a code, remote control,
     * screen sharing, a safe account, secrecy, an upfront fee). Asking for a human, anger, complaints, urgency
     * and claims to be official are not scam wording by themselves.
     */
    public boolean isAnyScamWording() {
        for (String category : matches.keySet()) {
            if (!Cue.ALL.contains(category) || Cue.SCAM.contains(category)) {
                return true;
            }
        }
        return false;
    }

    public boolean isAsksForVerificationCode() { return cues.contains(Cue.VERIFICATION_CODE); }

    public boolean isRemoteControl() { return cues.contains(Cue.REMOTE_CONTROL); }

    public boolean isScreenSharing() { return cues.contains(Cue.SCREEN_SHARING); }

    public boolean isSafeAccount() { return cues.contains(Cue.SAFE_ACCOUNT); }

    public boolean isSecrecy() { return cues.contains(Cue.SECRECY); }

    public boolean isUrgency() { return cues.contains(Cue.URGENCY); }

    public boolean isAnger() { return cues.contains(Cue.ANGER); }

    public boolean isWantsHuman() { return cues.contains(Cue.WANTS_HUMAN); }

    /** The text claims to come from a bank, a payment platform or an official hotline. */
    public boolean isClaimsOfficial() { return cues.contains(Cue.CLAIMS_OFFICIAL); }

    /** Fees or deposits demanded before money is released: 保证金, 解冻费, "unlock fee". */
    public boolean isUpfrontFee() { return cues.contains(Cue.UPFRONT_FEE); }

    /** The customer threatens a complaint (投诉, 315, regulator). */
    public boolean isComplaint() { return cues.contains(Cue.COMPLAINT); }

    /** How many times the text asks for a human. */
    public int getHumanRequests() { return humanRequests; }

    public boolean hasCue(String cue) { return cues.contains(cue); }

    /** Names of the cues the wording shows (not scam types). */
    public static final class Cue {
        public static final String VERIFICATION_CODE = "verification-code";
        public static final String REMOTE_CONTROL = "remote-control";
        public static final String SCREEN_SHARING = "screen-sharing";
        public static final String SAFE_ACCOUNT = "safe-account";
        public static final String SECRECY = "secrecy";
        public static final String URGENCY = "urgency";
        public static final String ANGER = "anger";
        public static final String WANTS_HUMAN = "wants-human";
        public static final String CLAIMS_OFFICIAL = "claims-official";
        public static final String UPFRONT_FEE = "upfront-fee";
        public static final String COMPLAINT = "complaint";
        /** Cues that only scams show. */
        public static final Set<String> SCAM = Set.of(VERIFICATION_CODE, REMOTE_CONTROL, SCREEN_SHARING, SAFE_ACCOUNT,
                SECRECY, UPFRONT_FEE);
        public static final Set<String> ALL = Set.of(VERIFICATION_CODE, REMOTE_CONTROL, SCREEN_SHARING, SAFE_ACCOUNT,
                SECRECY, URGENCY, ANGER, WANTS_HUMAN, CLAIMS_OFFICIAL, UPFRONT_FEE, COMPLAINT);

        private Cue() {}
    }
}
