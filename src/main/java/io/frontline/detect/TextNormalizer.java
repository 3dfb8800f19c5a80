package io.frontline.detect;

import io.frontline.domain.Language;

import java.text.Normalizer;

/**
 * Folds text so that wording matches however it was typed: full-width forms to half-width (NFKC), lower
 * case, common Traditional characters to Simplified, and separators dropped (spaces, dots, dashes and the
 * like that scammers insert to evade keyword filters).
 */
public final class TextNormalizer {
    // Pairs of Traditional -> Simplified characters common in scam and customer-service wording.
    private static final String TRADITIONAL =
            "帳戶號碼銀驗證轉錢絕對會們說這個請點擊連結際資員額費凍險與為親愛關係聯繫臺灣網頁應該讓給幫辦時間從開發現實話電視頻線務處調查報警財產協區國並無關於鎖單筆優惠點數積兌換領獎郵包裹運輸買賣獲利潤師導群組穩賺彙匯託這邊還錯誤嗎沒有見變態歡樂購車貸款傳訊簡訊撥打騙詐欺詳細問題裡複製屏幕遠程軟體設備總經闆爸媽兒孫孩醫院禍緊傷捐邊戰災區愛心慈善募稅碼認術業產";
    private static final String SIMPLIFIED =
            "账户号码银验证转钱绝对会们说这个请点击连结际资员额费冻险与为亲爱关系联系台湾网页应该让给帮办时间从开发现实话电视频线务处调查报警财产协区国并无关于锁单笔优惠点数积兑换领奖邮包裹运输买卖获利润师导群组稳赚汇汇托这边还错误吗没有见变态欢乐购车贷款传讯简讯拨打骗诈欺详细问题里复制屏幕远程软体设备总经板爸妈儿孙孩医院祸紧伤捐边战灾区爱心慈善募税码认术业产";

    private static final char[] FOLD = new char[0x10000];

    static {
        if (TRADITIONAL.length() != SIMPLIFIED.length()) {
            throw new IllegalStateException("Traditional/Simplified tables differ in length");
        }
        for (int c = 0; c < FOLD.length; c++) {
            FOLD[c] = (char) c;
        }
        for (int i = 0; i < TRADITIONAL.length(); i++) {
            FOLD[TRADITIONAL.charAt(i)] = SIMPLIFIED.charAt(i);
        }
    }

    private TextNormalizer() {}

    /** The folded form used for matching. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (isSeparator(c)) {
                continue;
            }
            out.append(FOLD[Character.toLowerCase(c)]);
        }
        return out.toString();
    }

    /** Detects the language: Chinese if CJK ideographs dominate letters, Traditional if its forms outnumber. */
    public static Language detect(String text) {
        if (text == null) {
            return Language.ZH_HANS;
        }
        int han = 0;
        int latin = 0;
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (TRADITIONAL.indexOf(c) >= 0 && FOLD[c] != c) {
                    traditional++;
                } else if (SIMPLIFIED.indexOf(c) >= 0 && TRADITIONAL.indexOf(c) < 0) {
                    simplified++;
                }
            } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                latin++;
            }
        }
        if (han == 0 && latin == 0) {
            return Language.ZH_HANS;
        }
        if (han * 3 < latin) {
            return Language.EN;
        }
        return traditional > simplified ? Language.ZH_HANT : Language.ZH_HANS;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '-' || c == '_' || c == '.' || c == '*' || c == '·' || c == '|' || c == '/' || c == '\\'
                || c == '~' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '、'
                || c == '。' || c == '，' || c == ',' || c == '!' || c == '！' || c == '?' || c == '？'
                || c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '#' || c == '+';
    }
}
