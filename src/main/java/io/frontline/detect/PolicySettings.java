package io.frontline.detect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Settings that are policy rather than operations, kept by policy staff in {@code intel/policy-settings.csv}
 * ({@code key,value,note}).
 *
 * @param recentScamContact how long a contact with scam signals marks its account {@code recentScamContact}
 *                          (key {@code recent-scam-contact-hours})
 */
public record PolicySettings(Duration recentScamContact) {
    public static final PolicySettings DEFAULTS = new PolicySettings(Duration.ofHours(48));

    public static PolicySettings load(Path file, List<String> problems) {
        Duration recent = DEFAULTS.recentScamContact();
        for (CsvLines.Row row : CsvLines.read(file)) {
            String where = file.getFileName() + ":" + row.line() + ": ";
            switch (row.cell(0)) {
                case "recent-scam-contact-hours" -> {
                    try {
                        int hours = Integer.parseInt(row.cell(1));
                        if (hours < 0 || hours > 24 * 90) {
                            throw new NumberFormatException();
                        }
                        recent = Duration.ofHours(hours);
                    } catch (NumberFormatException e) {
                        problems.add(where + "recent-scam-contact-hours must be a whole number of hours, 0 to 2160");
                    }
                }
                default -> problems.add(where + "unknown setting '" + row.cell(0) + "'; known: recent-scam-contact-hours");
            }
        }
        return new PolicySettings(recent);
    }
}
