package io.frontline.detect;

import io.frontline.domain.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scam-wording model learns from labelled examples and names the scam type a new message reads as. */
class ScamTextModelTest {
    private static final ScamTextModel MODEL = ScamTextModel.train(List.of(
            new ScamTextModel.Example(Language.EN, "investment", "my mentor in the group says the platform guarantees returns"),
            new ScamTextModel.Example(Language.EN, "investment", "the trading platform will not let me withdraw my profits"),
            new ScamTextModel.Example(Language.EN, "benign", "I want to check the balance of my savings account"),
            new ScamTextModel.Example(Language.EN, "benign", "please send me my card statement for last month"),
            new ScamTextModel.Example(Language.ZH_HANS, "police-impersonation", "自称公安说我涉嫌洗钱要我配合调查"),
            new ScamTextModel.Example(Language.ZH_HANS, "benign", "我想查一下我的信用卡账单")));

    @Test
    void a_new_message_reads_as_the_scam_type_of_similar_examples_with_the_words_that_weighed_most() {
        ScamTextModel.Verdict v = MODEL.read("a mentor told me the platform guarantees big returns", Language.EN)
                .orElseThrow();
        assertEquals("investment", v.type());
        assertTrue(v.evidence().stream().anyMatch(e -> e.contains("platform") || e.contains("mentor")
                || e.contains("guarantees")), v.evidence().toString());
        assertEquals("police-impersonation", MODEL.read("有人自稱公安，說我涉嫌洗錢", Language.ZH_HANT).orElseThrow().type());
    }

    @Test
    void ordinary_messages_and_text_unlike_the_examples_are_not_judged() {
        assertTrue(MODEL.read("please send me the statement of my savings account", Language.EN).isEmpty());
        assertTrue(MODEL.read("https://www.10086.cn 95588 xyz", Language.ZH_HANS).isEmpty());
        assertTrue(ScamTextModel.EMPTY.read("anything", Language.EN).isEmpty());
    }
}
