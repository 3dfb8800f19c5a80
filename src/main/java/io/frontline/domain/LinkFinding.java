package io.frontline.domain;

/** One suspicious link: the domain, the official domain it looks like (if any) and how. */
public final class LinkFinding {
    public static final String SHORTENER = "URL shortener";
    public static final String IP_ADDRESS = "IP address instead of a domain";

    private final String url;
    private final String domain;
    private final String looksLike;
    private final String brand;
    private final String technique;
    private final boolean blockListed;

    public LinkFinding(String url, String domain, String looksLike, String brand, String technique, boolean blockListed) {
        this.url = url;
        this.domain = domain;
        this.looksLike = looksLike;
        this.brand = brand;
        this.technique = technique;
        this.blockListed = blockListed;
    }

    public String getUrl() { return url; }

    public String getDomain() { return domain; }

    /** The official domain imitated, or null. */
    public String getLooksLike() { return looksLike; }

    public String getBrand() { return brand; }

    public String getTechnique() { return technique; }

    public boolean isBlockListed() { return blockListed; }

    public boolean isImitation() { return looksLike != null; }
}
