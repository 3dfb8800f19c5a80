package io.frontline.detect;

import io.frontline.domain.AccountHolder;

import java.math.BigDecimal;

/** Works out age and age band from a birth year. */
public final class AgeBands {
    private AgeBands() {}

    static AccountHolder holder(String accountId, Integer birthYear, int currentYear, int elderlyAge,
                                BigDecimal balance, boolean frozen, boolean recentScamContact) {
        int age = birthYear == null ? -1 : currentYear - birthYear;
        return new AccountHolder(accountId, age, band(age), age >= elderlyAge, balance, frozen, recentScamContact);
    }

    /** {@code under-18}, {@code 18-59}, {@code 60-69}, {@code 70-79}, {@code 80+}, or {@code unknown} for -1. */
    public static String band(int age) {
        if (age < 0) {
            return "unknown";
        }
        if (age < 18) {
            return "under-18";
        }
        if (age < 60) {
            return "18-59";
        }
        if (age < 70) {
            return "60-69";
        }
        if (age < 80) {
            return "70-79";
        }
        return "80+";
    }
}
