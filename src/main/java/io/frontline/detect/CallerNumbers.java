package io.frontline.detect;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.frontline.domain.Caller;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a caller number with Google's libphonenumber (any formatting, full-width digits, {@code +} or {@code 00}
 * prefixes; mainland China assumed when no country is given) into E.164, region and line type, and tells
 * whether it is international, in a virtual-operator range or an official short hotline (policy data in
 * {@code intel/number-ranges.csv}).
 */
public final class CallerNumbers {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String HOME = "CN";
    private static final int CHINA = 86;

    private final NumberRanges ranges;
    private final IntelLists lists;

    public CallerNumbers(NumberRanges ranges, IntelLists lists) {
        this.ranges = ranges;
        this.lists = lists;
    }

    public Caller read(String raw, Instant at) {
        if (raw == null || raw.isBlank()) {
            return Caller.NONE;
        }
        String digits = digits(raw);
        if (!raw.strip().startsWith("+") && !raw.strip().startsWith("＋") && digits.length() <= 6) {
            // short codes (95588, 10086, 12315) are outside the numbering plan: read them from the ranges alone
            boolean hotline = ranges.match(digits).filter(r -> r.kind().equals(NumberRanges.SERVICE_HOTLINE)).isPresent();
            return new Caller(digits, true, false, false, hotline,
                    lists.contains(IntelLists.BLOCK_NUMBERS, digits, at), HOME, "short-code", hotline);
        }
        PhoneNumber number;
        try {
            number = PHONES.parse(raw, HOME);
        } catch (NumberParseException e) {
            return new Caller(digits, true, false, false, false, lists.contains(IntelLists.BLOCK_NUMBERS, digits, at),
                    "", "unknown", false);
        }
        String e164 = PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        String national = PHONES.getNationalSignificantNumber(number);
        boolean domestic = number.getCountryCode() == CHINA;
        Optional<NumberRanges.Range> range = domestic ? ranges.match(national) : Optional.empty();
        boolean virtual = range.filter(r -> r.kind().equals(NumberRanges.VIRTUAL_OPERATOR)).isPresent();
        String type = type(number);
        boolean hotline = range.filter(r -> r.kind().equals(NumberRanges.SERVICE_HOTLINE)).isPresent()
                || (domestic && (type.equals("toll-free") || type.equals("shared-cost")));
        String region = PHONES.getRegionCodeForNumber(number);
        if (region == null || region.equals("ZZ") || region.equals("001")) {
            region = "+" + number.getCountryCode();
        }
        // e164 is the list's normal form already: looked up as it is, not parsed again
        return new Caller(e164, true, !domestic, virtual, hotline,
                lists.containsNormalized(IntelLists.BLOCK_NUMBERS, e164, at),
                region, type, PHONES.isValidNumber(number));
    }

    /** The number in E.164 where it parses, otherwise its digits (how intel lists store numbers). */
    public static String normalize(String raw) {
        try {
            PhoneNumber number = PHONES.parse(raw, HOME);
            if (digits(raw).length() > 6 || raw.strip().startsWith("+")) {
                return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
            }
        } catch (NumberParseException e) {
            // fall through
        }
        return digits(raw);
    }

    private static String type(PhoneNumber number) {
        return switch (PHONES.getNumberType(number)) {
            case MOBILE -> "mobile";
            case FIXED_LINE -> "fixed-line";
            case FIXED_LINE_OR_MOBILE -> "fixed-line-or-mobile";
            case VOIP -> "voip";
            case TOLL_FREE -> "toll-free";
            case SHARED_COST -> "shared-cost";
            case PREMIUM_RATE -> "premium-rate";
            case PERSONAL_NUMBER, UAN, PAGER, VOICEMAIL -> PHONES.getNumberType(number).name().toLowerCase(Locale.ROOT);
            case UNKNOWN -> "unknown";
        };
    }

    private static String digits(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                d.append(c);
            }
        }
        return d.toString();
    }
}
