package io.frontline.detect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Everything the detectors read from the {@code intel/} directory, loaded together. Immutable. */
public record Intel(PhraseBook phrases, ScamTextModel model, NumberRanges numberRanges, ProtectedBrands brands,
                    IntelLists lists, CurrencyRates rates, PolicySettings settings) {
    public static final Intel EMPTY = new Intel(PhraseBook.EMPTY, ScamTextModel.EMPTY, NumberRanges.EMPTY, ProtectedBrands.EMPTY,
            IntelLists.EMPTY, CurrencyRates.BASE_ONLY, PolicySettings.DEFAULTS);

    /** The same data with intel-list changes kept by {@code store}. */
    public Intel withListStore(ListOverlayStore store) {
        return new Intel(phrases, model, numberRanges, brands, lists.withStore(store), rates, settings);
    }

    /** The same data with these lists (the ones in use, whose API changes must carry over). */
    public Intel withLists(IntelLists other) {
        return new Intel(phrases, model, numberRanges, brands, other, rates, settings);
    }

    /** The loaded data and any problems found in the files (file:line: message). */
    public record Loaded(Intel intel, List<String> problems) {}

    public static Loaded load(Path dir) {
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(dir + ": intel directory not found");
            return new Loaded(EMPTY, problems);
        }
        PhraseBook phrases = Files.isRegularFile(dir.resolve("scam-phrases.csv"))
                ? PhraseBook.load(dir.resolve("scam-phrases.csv"), problems) : PhraseBook.EMPTY;
        NumberRanges ranges = Files.isRegularFile(dir.resolve("number-ranges.csv"))
                ? NumberRanges.load(dir.resolve("number-ranges.csv"), problems) : NumberRanges.EMPTY;
        ProtectedBrands brands = ProtectedBrands.load(dir, problems);
        IntelLists lists = new IntelLists(IntelLists.loadBaseline(dir, problems), ListOverlayStore.NONE);
        CurrencyRates rates = Files.isRegularFile(dir.resolve("currency-rates.csv"))
                ? CurrencyRates.load(dir.resolve("currency-rates.csv"), problems) : CurrencyRates.BASE_ONLY;
        PolicySettings settings = Files.isRegularFile(dir.resolve("policy-settings.csv"))
                ? PolicySettings.load(dir.resolve("policy-settings.csv"), problems) : PolicySettings.DEFAULTS;
        ScamTextModel model = Files.isRegularFile(dir.resolve("scam-examples.csv"))
                ? ScamTextModel.load(dir.resolve("scam-examples.csv"), problems) : ScamTextModel.EMPTY;
        return new Loaded(new Intel(phrases, model, ranges, brands, lists, rates, settings), problems);
    }
}
