package io.frontline.learn;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a person's id (an agent id, the id of an API key) into a stable pseudonym, a keyed hash: the same
 * person always gets the same pseudonym, so a review can say "the same agent", but without the key nobody can
 * tell who it is or test a guess. Only pseudonyms are written to the review log and shown in reviews.
 */
public final class Pseudonyms {
    private static final String ALGORITHM = "HmacSHA256";
    /** 64 bits: collisions are negligible among the people of one operator. */
    private static final int HEX_CHARS = 16;

    /** People seen lately, by real id: an operator has a few thousand agents, so this stays small. */
    private static final int REMEMBERED = 10_000;

    private final SecretKeySpec key;
    private final Map<String, String> remembered = new ConcurrentHashMap<>();

    /** @param key at least 32 secret bytes, kept apart from the review log */
    public Pseudonyms(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("a pseudonym key needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** An agent, by the id the agent desktop sends: {@code p-} and 16 hex digits; null stays null. */
    public String ofAgent(String agentId) {
        return agentId == null ? null : of("agent:" + agentId);
    }

    /** A person by the id of the API key they act with (a key id and an agent id never share a pseudonym). */
    public String ofKey(String keyId) {
        return keyId == null ? null : of("key:" + keyId);
    }

    /** {@code who} as written in the review log: {@code rules} and pseudonyms stay, anything else is a key id. */
    public String ensure(String who) {
        if (who == null || who.equals("rules") || who.matches("p-[0-9a-f]{16}")) {
            return who;
        }
        return ofKey(who);
    }

    private String of(String realId) {
        String known = remembered.get(realId);
        if (known != null) {
            return known;
        }
        String pseudonym = hash(realId);
        if (remembered.size() >= REMEMBERED) {
            remembered.clear();
        }
        remembered.put(realId, pseudonym);
        return pseudonym;
    }

    private String hash(String realId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(realId.getBytes(StandardCharsets.UTF_8));
            return "p-" + HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
