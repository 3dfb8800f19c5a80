package io.frontline.domain;

import java.util.List;

/** Fact: the wording points at one scam type, with a strength (the summed weight of the phrases found). */
public final class ScamSuspicion {
    private final String type;
    private final int strength;
    private final List<String> phrases;
    private final String seenIn;

    public ScamSuspicion(String type, int strength, List<String> phrases, String seenIn) {
        this.type = type;
        this.strength = strength;
        this.phrases = List.copyOf(phrases);
        this.seenIn = seenIn;
    }

    /** A scam type such as {@code police-impersonation}; see {@code intel/scam-phrases.csv}. */
    public String getType() { return type; }

    public int getStrength() { return strength; }

    public List<String> getPhrases() { return phrases; }

    /** Where the wording was: {@code contact} (a contact's text or reported message) or {@code memo}. */
    public String getSeenIn() { return seenIn; }
}
