package io.frontline.domain;

import java.util.List;

/** Fact: the links found in a contact's text and reported message. */
public final class Links {
    public static final Links NONE = new Links(0, List.of());

    private final int count;
    private final List<LinkFinding> findings;

    public Links(int count, List<LinkFinding> findings) {
        this.count = count;
        this.findings = List.copyOf(findings);
    }

    public int getCount() { return count; }

    public boolean isAny() { return count > 0; }

    /** Every link that raised a finding. */
    public List<LinkFinding> getFindings() { return findings; }

    /** A link imitates a protected brand's official domain. */
    public boolean isLookalike() { return findings.stream().anyMatch(LinkFinding::isImitation); }

    public boolean isShortener() { return has(LinkFinding.SHORTENER); }

    public boolean isIpAddress() { return has(LinkFinding.IP_ADDRESS); }

    public boolean isBlockListed() { return findings.stream().anyMatch(LinkFinding::isBlockListed); }

    private boolean has(String technique) {
        return findings.stream().anyMatch(f -> technique.equals(f.getTechnique()));
    }
}
