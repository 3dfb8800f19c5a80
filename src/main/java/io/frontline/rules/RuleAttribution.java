package io.frontline.rules;

import io.frontline.decide.Ruling;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;

import java.util.Map;

/**
 * Tells the ruling of the decision using a session which rule is firing, so that what the rule raises is
 * attributed to it.
 */
final class RuleAttribution extends DefaultAgendaEventListener {
    private final Map<String, RuleMeta> meta;
    private Ruling ruling;

    RuleAttribution(Map<String, RuleMeta> meta) {
        this.meta = meta;
    }

    /** The ruling of the decision now using the session ({@code null} between decisions). */
    void use(Ruling ruling) {
        this.ruling = ruling;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        String key = key(event.getMatch().getRule().getPackageName(), event.getMatch().getRule().getName());
        RuleMeta m = meta.get(key);
        if (m == null) {
            ruling.beginRule(event.getMatch().getRule().getName(), "", "", "");
        } else {
            ruling.beginRule(m.name(), m.policy(), m.zhHans(), m.en());
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        ruling.endRule();
    }

    static String key(String pkg, String rule) {
        return pkg + "/" + rule;
    }
}
