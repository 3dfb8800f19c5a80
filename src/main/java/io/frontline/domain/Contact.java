package io.frontline.domain;

/** Fact: a customer-service contact as the rules see it, with everything the detectors worked out about it. */
public final class Contact {
    private final String id;
    private final ContactChannel channel;
    private final Language language;
    private final AccountHolder customer;
    private final Caller caller;
    private final ScamText scamText;
    private final Links links;
    private final AccountActivity account;

    public Contact(String id, ContactChannel channel, Language language, AccountHolder customer, Caller caller,
                   ScamText scamText, Links links, AccountActivity account) {
        this.id = id;
        this.channel = channel;
        this.language = language;
        this.customer = customer;
        this.caller = caller;
        this.scamText = scamText;
        this.links = links;
        this.account = account;
    }

    public String getId() { return id; }

    public ContactChannel getChannel() { return channel; }

    /** A chatbot is handling the contact. */
    public boolean isBot() { return channel == ContactChannel.BOT; }

    /** The language given with the contact, or detected from its text. */
    public Language getLanguage() { return language; }

    public AccountHolder getCustomer() { return customer; }

    public Caller getCaller() { return caller; }

    /** What the wording of the text and the reported message shows. */
    public ScamText getScamText() { return scamText; }

    public Links getLinks() { return links; }

    /** What the account's systems report (new device, night login, ...). */
    public AccountActivity getAccount() { return account; }
}
