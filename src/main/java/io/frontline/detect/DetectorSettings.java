package io.frontline.detect;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Settings of the detectors.
 *
 * @param elderlyAge              age from which a customer counts as elderly
 * @param zone                    time zone for local hours when a request carries no offset
 * @param unusualAmountFactor     an amount this many times the typical amount is unusual
 * @param clockTolerance          how far a request's own time may be from frontline's clock and still be used;
 *                                beyond it frontline's clock decides (windows, ages, list expiry)
 */
public record DetectorSettings(int elderlyAge, ZoneId zone, int unusualAmountFactor, Duration clockTolerance) {
    public static final DetectorSettings DEFAULTS =
            new DetectorSettings(60, ZoneId.of("Asia/Shanghai"), 5, Duration.ofMinutes(15));
}
