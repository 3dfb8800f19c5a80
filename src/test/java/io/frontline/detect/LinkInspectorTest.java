package io.frontline.detect;

import io.frontline.domain.LinkFinding;
import io.frontline.domain.Links;
import io.frontline.support.StarterPolicy;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Links in free text: which official domain they imitate and how; official domains raise nothing. */
class LinkInspectorTest {
    private static final java.time.Instant NOW = java.time.Instant.parse("2026-11-22T04:00:00Z");
    private final LinkInspector inspector = new LinkInspector(StarterPolicy.intel().intel().brands(),
            StarterPolicy.intel().intel().lists());

    private LinkFinding only(String text) {
        Links links = inspector.inspect(NOW, text);
        assertEquals(1, links.getFindings().size(), text + " -> " + links.getFindings());
        return links.getFindings().get(0);
    }

    @Test
    void finds_links_without_scheme_inside_chinese_text_with_full_width_punctuation() {
        assertEquals(1, LinkInspector.find("请登录ｉｃｂｃ－ｖｅｒｉｆｙ．ｃｏｍ验证身份。").size());
        assertEquals("http://a1ipay.com/x", LinkInspector.find("点击http://a1ipay.com/x，领取退款").get(0));
        assertEquals("icbc-verify.com/login", LinkInspector.find("访问 icbc-verify.com/login 验证").get(0));
    }

    @Test
    void a_look_alike_character_names_the_official_domain() {
        LinkFinding f = only("https://a1ipay.com/refund");
        assertEquals("alipay.com", f.getLooksLike());
        assertEquals("look-alike characters", f.getTechnique());
    }

    @Test
    void single_typing_changes_are_named() {
        assertEquals("one character replaced", only("http://alipey.com").getTechnique());
        assertEquals("one character missing", only("http://alpay.com").getTechnique());
        assertEquals("one character added", only("http://alipayx.com").getTechnique());
        assertEquals("two characters swapped", only("http://ailpay.com").getTechnique());
        assertEquals("a character doubled", only("http://allipay.com").getTechnique());
    }

    @Test
    void brand_tricks_are_named() {
        assertEquals("brand name plus a hyphenated word", only("icbc-verify.com").getTechnique());
        assertTrue(only("http://icbc.com.cn.evil.top/login").getTechnique().startsWith("official domain used as a subdomain"));
        assertTrue(only("http://alipay.secure-login.top").getTechnique().startsWith("brand name used as a subdomain"));
        LinkFinding userinfo = only("http://www.icbc.com.cn@evil.top/");
        assertEquals("icbc.com.cn", userinfo.getLooksLike());
        assertEquals("evil.top", userinfo.getDomain());
    }

    @Test
    void punycode_domains_are_decoded_and_compared() {
        LinkFinding f = only("http://xn--lipay-3ve.com");
        assertEquals("alipay.com", f.getLooksLike(), f.getTechnique());
        assertTrue(f.getTechnique().startsWith("punycode"), f.getTechnique());
    }

    @Test
    void shorteners_and_ip_hosts_are_named() {
        assertEquals(LinkFinding.SHORTENER, only("点击 t.cn/A6xYz 领取").getTechnique());
        assertEquals(LinkFinding.IP_ADDRESS, only("http://203.0.113.9/pay").getTechnique());
    }

    @Test
    void a_backslash_cannot_hide_the_real_host_behind_an_official_one() {
        LinkFinding f = only("https://icbc-verify.top\\@www.icbc.com.cn/login");
        assertEquals("icbc-verify.top", f.getDomain());
        assertEquals("icbc.com.cn", f.getLooksLike());
    }

    @Test
    void an_ip_address_written_as_one_number_is_an_ip_address() {
        assertEquals(LinkFinding.IP_ADDRESS, only("http://3232235777/login").getTechnique());
        assertEquals(LinkFinding.IP_ADDRESS, only("http://0xC0A80001/login").getTechnique());
    }

    @Test
    void official_domains_never_raise_anything() {
        Links links = inspector.inspect(NOW, "https://www.icbc.com.cn/ icbc.com.cn alipay.com jd.com 10086.cn "
                + "https://mbank.cmbchina.com/x https://www.paypal.com/signin");
        assertEquals(7, links.getCount());
        assertFalse(links.isLookalike());
        assertEquals(0, links.getFindings().size(), links.getFindings().toString());
    }

    @Test
    void ordinary_unrelated_domains_raise_nothing() {
        Links links = inspector.inspect(NOW, "see example.com, wikipedia.org, github.com and bilibili.com");
        assertEquals(0, links.getFindings().size(), links.getFindings().toString());
    }
}
