package io.frontline.rules;

/** What a rule says about itself: its situation name, policy id and reason text. */
record RuleMeta(String name, String policy, String zhHans, String en) {}
