package io.frontline.decide;

import io.frontline.domain.Language;
import io.frontline.domain.Script;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Agent scripts by scam type and language, as policy staff wrote them. Immutable. */
public final class ScriptBook {
    public static final ScriptBook EMPTY = new ScriptBook(Map.of());

    private final Map<String, Map<Language, List<String>>> scripts;

    public ScriptBook(Map<String, Map<Language, List<String>>> scripts) {
        Map<String, Map<Language, List<String>>> copy = new TreeMap<>();
        scripts.forEach((type, byLanguage) -> copy.put(type, Map.copyOf(new EnumMap<>(byLanguage))));
        this.scripts = Map.copyOf(copy);
    }

    /**
     * The script for a scam type in the wanted language; a Chinese script stands in for the other Chinese
     * script, and English stands in last.
     */
    public Optional<Script> find(String scamType, Language language) {
        Map<Language, List<String>> byLanguage = scripts.get(scamType);
        if (byLanguage == null) {
            return Optional.empty();
        }
        for (Language candidate : preference(language)) {
            List<String> steps = byLanguage.get(candidate);
            if (steps != null) {
                return Optional.of(new Script(scamType, candidate, steps));
            }
        }
        return Optional.empty();
    }

    public Set<String> scamTypes() {
        return scripts.keySet();
    }

    private static List<Language> preference(Language wanted) {
        return switch (wanted) {
            case ZH_HANS -> List.of(Language.ZH_HANS, Language.ZH_HANT, Language.EN);
            case ZH_HANT -> List.of(Language.ZH_HANT, Language.ZH_HANS, Language.EN);
            case EN -> List.of(Language.EN, Language.ZH_HANS, Language.ZH_HANT);
        };
    }
}
