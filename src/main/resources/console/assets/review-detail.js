// The parts of the selected review as read: its own fields, the decision it is about, the feedback given and
// the freeze it concerns. Pure rendering from the state the page keeps; nothing here calls the API.
import {el, t, lang, formatTime} from './common.js';
import {num, keyValues, outcomeBadge, outcomeLabel} from './ui.js';
import {tOr, flatten, problemText} from './review-util.js';

/** A pseudonym as shown; `rules` is the rules acting on their own. */
export function actorText(actor) {
  if (!actor) {
    return '—';
  }
  return actor === 'rules' ? t('review.actor.rules') : actor;
}

/** What a decision was about: the payment or the contact and its id. */
export function subjectText(decision) {
  const subject = decision && decision.subject;
  if (!subject) {
    return null;
  }
  const id = decision[`${subject}Id`] || '';
  return tOr(`review.subject.${subject}`, `${subject} ${id}`, {id});
}

function heading(key) {
  return el('h3', {class: 'rv-subheading'}, t(key));
}

/** The review's own fields. */
export function summary(review) {
  const written = review.updatedBy
    ? t('review.detail.by', {time: formatTime(review.updatedAt), who: review.updatedBy})
    : t('review.detail.notWritten');
  const pairs = [
    [t('review.detail.trigger'), tOr(`review.trigger.${review.trigger}`, review.trigger)],
    [t('review.detail.status'), el('span', {class: 'rv-status', 'data-status': review.status},
        tOr(`review.status.${review.status}`, review.status))],
    [t('review.detail.opened'), formatTime(review.openedAt)],
  ];
  if (review.decisionId) {
    pairs.push([t('review.detail.decision'), el('code', {}, review.decisionId)]);
  }
  if (review.accountId) {
    pairs.push([t('review.detail.account'), el('code', {}, review.accountId)]);
  }
  pairs.push([t('review.detail.ruleset'), el('code', {}, review.ruleset || '—')],
      [t('review.detail.actor'), actorText(review.actor)],
      [t('review.detail.updated'), written]);
  return keyValues(pairs, {class: 'rv-kv rv-kv-wide'});
}

function reasonItem(reason, ruleset) {
  const messages = reason.message || null;
  const text = messages ? (messages[lang()] || messages.en || messages['zh-Hans']) : null;
  const evidence = reason.evidence && Object.keys(reason.evidence).length
    ? keyValues(flatten(reason.evidence), {class: 'rv-kv rv-evidence'})
    : el('p', {class: 'rv-muted'}, t('review.decision.noEvidence'));
  return el('li', {class: 'rv-reason', 'data-rule': reason.rule},
      el('div', {class: 'rv-reason-head'},
          outcomeBadge(reason.outcome, 'review'), ' ',
          el('span', {class: 'rv-rule-name'}, reason.rule), ' ',
          reason.policy ? el('span', {class: 'rv-muted'}, t('review.decision.policy', {policy: reason.policy})) : null),
      text
        ? el('p', {class: 'rv-reason-message', lang: messages[lang()] ? lang() : null}, text)
        : el('p', {class: 'rv-muted rv-reason-message'}, t('review.decision.messageMissing', {ruleset})),
      el('div', {class: 'rv-evidence-label'}, t('review.decision.evidence')),
      evidence);
}

function actionText(a) {
  const type = outcomeLabel(a.type);
  return a.route ? `${type} → ${tOr(`route.${a.route}`, a.route)} (${tOr(`priority.${a.priority}`, a.priority)})`
    : type;
}

/**
 * The decision a review is about.
 * @param state {kind: 'none'|'loading'|'notFound'|'error'|'ok', record?, error?}
 */
export function decisionPart(state) {
  const parts = [heading('review.decision.heading')];
  if (state.kind === 'none') {
    parts.push(el('p', {class: 'rv-muted'}, t('review.decision.none')));
  } else if (state.kind === 'loading') {
    parts.push(el('p', {class: 'rv-muted'}, t('review.loading')));
  } else if (state.kind === 'notFound') {
    parts.push(el('p', {class: 'rv-muted'}, t('review.decision.notFound')));
  } else if (state.kind === 'error') {
    parts.push(el('p', {class: 'rv-error', role: 'alert'}, problemText(state.error)));
  } else {
    const record = state.record || {};
    const d = record.decision || {};
    const pairs = [
      [t('review.decision.outcome'), outcomeBadge(d.outcome, 'review')],
      [t('review.decision.subject'), subjectText(d) || '—'],
      [t('review.decision.decidedAt'), formatTime(d.decidedAt)],
      [t('review.decision.ruleset'), el('code', {}, d.ruleset || '—')],
    ];
    if (record.latencyMicros !== undefined && record.latencyMicros !== null) {
      pairs.push([t('review.decision.latency'), t('review.decision.micros', {n: num(record.latencyMicros)})]);
    }
    if (Array.isArray(d.actions) && d.actions.length) {
      pairs.push([t('review.decision.actions'), d.actions.map(actionText).join('; ')]);
    }
    if (d.script && d.script.scamType) {
      pairs.push([t('review.decision.script'), t('review.decision.scriptValue', {
        scamType: tOr(`scamType.${d.script.scamType}`, d.script.scamType),
        language: tOr(`language.${d.script.language}`, d.script.language || '—'),
      })]);
    }
    parts.push(keyValues(pairs, {class: 'rv-kv rv-kv-wide'}));

    const reasons = Array.isArray(d.reasons) ? d.reasons : [];
    parts.push(el('h4', {class: 'rv-minor'}, t('review.decision.reasons')));
    parts.push(reasons.length
      ? el('ol', {class: 'rv-reasons'}, reasons.map(r => reasonItem(r, d.ruleset || '—')))
      : el('p', {class: 'rv-muted'}, t('review.decision.noReasons')));

    const fired = Array.isArray(record.firedRules) ? record.firedRules : [];
    parts.push(el('h4', {class: 'rv-minor'}, t('review.decision.firedRules')));
    parts.push(fired.length
      ? el('ul', {class: 'rv-fired'}, fired.map(r => el('li', {}, el('code', {}, r))))
      : el('p', {class: 'rv-muted'}, t('review.decision.noFiredRules')));

    const signals = Array.isArray(d.signals) ? d.signals : [];
    parts.push(el('h4', {class: 'rv-minor'}, t('review.decision.signals')));
    parts.push(signals.length
      ? el('ul', {class: 'rv-signals'}, signals.map(s => {
        const detail = s.detail && typeof s.detail === 'object' && Object.keys(s.detail).length
          ? flatten(s.detail).map(([k, v]) => `${k}: ${v}`).join(', ') : '';
        return el('li', {}, el('code', {}, s.kind), detail ? ` — ${detail}` : null);
      }))
      : el('p', {class: 'rv-muted'}, t('review.decision.noSignals')));

    if (record.request && typeof record.request === 'object') {
      parts.push(el('details', {class: 'rv-request'},
          el('summary', {}, t('review.decision.request')),
          keyValues(flatten(record.request), {class: 'rv-kv rv-evidence'})));
    }
  }
  return parts;
}

/** The latest feedback on the decision, as the decision record carries it. */
export function feedbackPart(state) {
  if (state.kind !== 'ok') {
    return [];
  }
  const f = state.record && state.record.feedback;
  const parts = [heading('review.feedback.heading')];
  if (!f) {
    parts.push(el('p', {class: 'rv-muted'}, t('review.feedback.none')));
    return parts;
  }
  parts.push(keyValues([
    [t('review.feedback.action'), tOr(`review.action.${f.action}`, f.action || '—')],
    [t('review.feedback.outcome'), tOr(`review.finding.${f.outcome}`, f.outcome || '—')],
    [t('review.feedback.note'), f.note ? f.note : '—'],
    [t('review.feedback.by'), actorText(f.by)],
    [t('review.feedback.at'), formatTime(f.at)],
  ], {class: 'rv-kv rv-kv-wide'}));
  return parts;
}

/**
 * The freeze a freeze review is about.
 * @param state {kind: 'loading'|'error'|'ok', data?, error?}, account the account id
 */
export function freezePart(state, account) {
  const parts = [heading('review.freeze.heading')];
  if (state.kind === 'loading') {
    parts.push(el('p', {class: 'rv-muted'}, t('review.freeze.checking')));
  } else if (state.kind === 'error') {
    parts.push(el('p', {class: 'rv-error', role: 'alert'},
        t('review.freeze.error', {error: problemText(state.error)})));
  } else if (state.data && state.data.status === 'active') {
    const f = state.data;
    parts.push(el('p', {id: 'freeze-state', class: 'rv-freeze-active', 'data-freeze': 'active'},
        t('review.freeze.active', {account, since: formatTime(f.since)})));
    const pairs = [[t('review.freeze.by'), actorText(f.by)], [t('review.freeze.reason'), f.reason || '—']];
    if (f.decisionId) {
      pairs.push([t('review.freeze.decision'), el('code', {}, f.decisionId)]);
    }
    parts.push(keyValues(pairs, {class: 'rv-kv rv-kv-wide'}));
  } else {
    parts.push(el('p', {id: 'freeze-state', class: 'rv-muted', 'data-freeze': 'none'},
        t('review.freeze.none', {account})));
  }
  return parts;
}
