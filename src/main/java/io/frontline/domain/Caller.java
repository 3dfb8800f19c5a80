package io.frontline.domain;

/** Fact: the number a contact came from, as its format reveals. */
public final class Caller {
    public static final Caller NONE = new Caller(null, false, false, false, false, false, "", "unknown", false);

    private final String number;
    private final boolean present;
    private final boolean international;
    private final boolean virtualOperator;
    private final boolean serviceHotline;
    private final boolean blockListed;
    private final String region;
    private final String type;
    private final boolean valid;

    public Caller(String number, boolean present, boolean international, boolean virtualOperator,
                  boolean serviceHotline, boolean blockListed, String region, String type, boolean valid) {
        this.number = number;
        this.present = present;
        this.international = international;
        this.virtualOperator = virtualOperator;
        this.serviceHotline = serviceHotline;
        this.blockListed = blockListed;
        this.region = region;
        this.type = type;
        this.valid = valid;
    }

    /** The number normalized (E.164 where the format allows it). */
    public String getNumber() { return number; }

    public boolean isPresent() { return present; }

    /** Dialled from outside mainland China. */
    public boolean isInternational() { return international; }

    /** In a mainland virtual-operator range (policy-owned list in {@code intel/number-ranges.csv}). */
    public boolean isVirtualOperator() { return virtualOperator; }

    /** A domestic short service hotline such as 95588. */
    public boolean isServiceHotline() { return serviceHotline; }

    public boolean isBlockListed() { return blockListed; }

    /** ISO region, or the calling code when the region is not known, empty when unknown. */
    public String getRegion() { return region; }

    /**
     * What kind of line the numbering plan says it is: {@code mobile}, {@code fixed-line}, {@code voip},
     * {@code toll-free}, {@code shared-cost}, {@code premium-rate}, {@code short-code} or {@code unknown}.
     */
    public String getType() { return type; }

    /** The number exists in its country's numbering plan. */
    public boolean isValid() { return valid; }
}
