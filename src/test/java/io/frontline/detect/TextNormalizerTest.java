package io.frontline.detect;

import io.frontline.domain.Language;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Folding text so that evasive spellings match. */
class TextNormalizerTest {

    @Test
    void full_width_case_separators_and_traditional_forms_fold_together() {
        assertEquals(TextNormalizer.fold("安全账户"), TextNormalizer.fold("安 全-帳．戶"));
        assertEquals("safeaccount", TextNormalizer.fold("ＳＡＦＥ  Account"));
        assertEquals(TextNormalizer.fold("验证码"), TextNormalizer.fold("驗*證*碼"));
    }

    @Test
    void invisible_characters_brackets_and_emoji_inserted_into_a_phrase_do_not_hide_it() {
        String plain = TextNormalizer.fold("安全账户");
        for (String evasive : new String[] {"安\u2060全账户", "安\u00AD全账户", "安（全）账户", "安😀全账户", "安\u200B全\u200D账户"}) {
            assertEquals(plain, TextNormalizer.fold(evasive), evasive);
        }
    }

    @Test
    void language_is_detected_when_not_given() {
        assertEquals(Language.ZH_HANS, TextNormalizer.detect("有人说我的账户异常，让我转账"));
        assertEquals(Language.ZH_HANT, TextNormalizer.detect("有人說我的帳戶異常，讓我轉賬"));
        assertEquals(Language.EN, TextNormalizer.detect("Someone says my account is frozen"));
    }
}
