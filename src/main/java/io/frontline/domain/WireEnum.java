package io.frontline.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An enum whose JSON spelling differs from its Java name. */
public interface WireEnum {
    String wire();

    static <E extends Enum<E> & WireEnum> Optional<E> parse(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.wire().equals(value)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E> & WireEnum> List<String> spellings(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireEnum::wire).toList();
    }
}
