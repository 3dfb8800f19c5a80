package io.frontline.detect;

import io.frontline.domain.UnsupportedRequestException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rates that turn any accepted currency into the policy's base currency (CNY), so that every threshold in
 * the rules means the same money. Policy staff keep them in {@code intel/currency-rates.csv}
 * ({@code currency,rate_to_cny,as_of}). A currency without a rate cannot be decided: it is refused, never
 * compared as if it were yuan.
 */
public final class CurrencyRates {
    public static final String BASE = "CNY";
    public static final CurrencyRates BASE_ONLY = new CurrencyRates(Map.of(BASE, BigDecimal.ONE));

    private final Map<String, BigDecimal> rates;

    public CurrencyRates(Map<String, BigDecimal> rates) {
        this.rates = Map.copyOf(rates);
    }

    /** The amount in CNY, to the fen. */
    public BigDecimal toBase(BigDecimal amount, String currency) {
        BigDecimal rate = rates.get(currency);
        if (rate == null) {
            throw new UnsupportedRequestException("currency", "no exchange rate for " + currency
                    + "; accepted: " + String.join(", ", new java.util.TreeSet<>(rates.keySet())));
        }
        return rate.compareTo(BigDecimal.ONE) == 0 ? amount : amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }

    public static CurrencyRates load(Path file, List<String> problems) {
        Map<String, BigDecimal> rates = new HashMap<>();
        rates.put(BASE, BigDecimal.ONE);
        for (CsvLines.Row row : CsvLines.read(file)) {
            String currency = row.cell(0).toUpperCase(Locale.ROOT);
            try {
                BigDecimal rate = new BigDecimal(row.cell(1));
                if (!currency.matches("[A-Z]{3}") || rate.signum() <= 0) {
                    throw new NumberFormatException();
                }
                rates.put(currency, rate);
            } catch (NumberFormatException e) {
                problems.add(file.getFileName() + ":" + row.line() + ": needs a currency code and a positive rate, got '"
                        + row.cell(0) + "', '" + row.cell(1) + "'");
            }
        }
        return new CurrencyRates(rates);
    }
}
