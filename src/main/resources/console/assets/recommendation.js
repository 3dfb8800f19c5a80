// The recommendation panel: outcome, actions, reasons with their evidence, the script to read, one-click
// escalate and freeze, and the agent's feedback on the decision.
import { api, el, formatTime, isoNow, lang, problemLines, t, tv } from './common.js';
import { observations, olderBadge, reasonEvidence } from './evidence.js';
import { outcomeBadge, outcomeLabel } from './ui.js';

/** The decision on screen, with what the agent typed and the state of the buttons. */
let view = null;
/** The line saying a decision is being fetched, is ready, or could not be had. */
let loading = null;

const $ = (id) => document.getElementById(id);

/* -------------------------------------------------------------- statuses */

function busy(key, vars) { return { tone: 'busy', key, vars }; }
function done(key, vars) { return { tone: 'ok', key, vars }; }
function failed(error) { return { tone: 'error', error }; }

function paintStatus(node, status) {
  if (!status) {
    node.textContent = '';
    node.removeAttribute('data-tone');
    return;
  }
  node.dataset.tone = status.tone;
  node.textContent = status.error ? problemLines(status.error).join(' · ') : t(status.key, resolve(status.vars));
}

/** Status words are painted again after a language switch: values given as functions are worked out each time. */
function resolve(vars) {
  if (!vars) return vars;
  return Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, typeof v === 'function' ? v() : v]));
}

function setStatus(name, status) {
  if (!view) return;
  view.status[name] = status;
  paintStatus($(`${name}-status`), status);
}

/* ------------------------------------------------------------- rendering */

export function messageText(message, fallback) {
  if (!message) return fallback || '';
  return message[lang()] || message['zh-Hans'] || message.en || fallback || '';
}

function renderHead(d) {
  const outcome = $('outcome');
  outcome.dataset.outcome = d.outcome || '';
  outcome.textContent = outcomeLabel(d.outcome);
  const id = d.transactionId || d.contactId || '';
  $('rec-subject').replaceChildren(
    el('span', { class: 'subject-kind' }, tv('subject', d.subject)), ' ',
    el('span', { class: 'subject-id mono' }, id),
    view.accountId ? el('span', { class: 'subject-account' }, ` · ${t('rec.account')} `, el('span', { class: 'mono' }, view.accountId)) : null);
  $('rec-meta').textContent = [
    t('rec.decisionId', { id: d.decisionId }),
    d.decidedAt ? t('rec.decidedAt', { time: formatTime(d.decidedAt) }) : '',
    d.ruleset ? t('rec.ruleset', { version: d.ruleset }) : '',
  ].filter(Boolean).join(' · ');
  const elderly = (d.signals || []).find((s) => s.kind === 'elderly-customer');
  const frozen = (d.signals || []).some((s) => s.kind === 'account-frozen');
  $('rec-flags').replaceChildren(
    elderly || (view.alert && view.alert.olderCustomer) ? olderBadge(elderly ? elderly.detail : {}) : '',
    frozen ? el('span', { class: 'badge frozen-flag' }, t('rec.accountFrozen')) : '');
}

function renderActions(d) {
  $('actions').replaceChildren(...(d.actions || []).map((a) => {
    if (a.type === 'escalate') {
      return el('li', { class: 'action action-escalate', 'data-route': a.route || '' },
        t('rec.escalateTo', { route: tv('route', a.route) }), ' ',
        el('span', { class: 'badge priority', 'data-priority': a.priority || '' }, tv('priority', a.priority)));
    }
    return el('li', { class: 'action', 'data-type': a.type }, outcomeBadge(a.type));
  }));
  if (!(d.actions || []).length) $('actions').append(el('li', { class: 'muted' }, t('rec.noAction')));
}

function renderScript(d) {
  const s = d.script;
  const steps = s && Array.isArray(s.steps) ? s.steps : [];
  $('script-meta').textContent = s
    ? t('script.meta', { type: tv('scamType', s.scamType), language: tv('language', s.language) })
    : '';
  const list = $('script-steps');
  list.replaceChildren(...steps.map((step) => el('li', {}, step)));
  if (s && s.language) list.setAttribute('lang', s.language); else list.removeAttribute('lang');
  list.hidden = !steps.length;
  let none = '';
  if (!s) none = t('script.none');
  else if (!steps.length) none = t('script.stepsNotKept');
  $('script-none').textContent = none;
  $('script-none').hidden = !none;
}

function renderReasons(d, shown) {
  const items = (d.reasons || []).map((r) => el('li', { class: 'reason', 'data-policy': r.policy || '' },
    el('div', { class: 'reason-head' },
      outcomeBadge(r.outcome), ' ',
      el('span', { class: 'reason-message' }, messageText(r.message, r.rule))),
    el('div', { class: 'reason-rule muted small' }, el('code', {}, r.policy || ''), r.message ? ` ${r.rule || ''}` : ''),
    reasonEvidence(r, d, shown)));
  $('reasons').replaceChildren(...items);
  if (!items.length) $('reasons').append(el('li', { class: 'muted' }, t('rec.noReasons')));
}

function renderEvidence(d, shown) {
  const nodes = observations(d, view.texts, shown);
  $('evidence').replaceChildren(...(nodes.length ? nodes : [el('p', { class: 'muted' }, t('rec.noEvidence'))]));
}

function renderLatestFeedback() {
  const f = view.feedback;
  $('feedback-latest').textContent = f
    ? t('feedback.latest', {
      action: tv('action', f.action), outcome: tv('finding', f.outcome), time: formatTime(f.at), by: f.by || '',
    }) + (f.note ? ` — ${f.note}` : '')
    : '';
}

/** Paints the whole panel from the view (also after a language switch). */
export function render() {
  paintStatus($('rec-loading'), loading);
  if (!view) return;
  const d = view.decision;
  const shown = { domains: new Set(), numbers: new Set() };
  renderHead(d);
  renderActions(d);
  renderScript(d);
  renderReasons(d, shown);
  renderEvidence(d, shown);
  renderLatestFeedback();
  $('freeze').disabled = !view.accountId;
  $('freeze').title = view.accountId ? '' : t('rec.freezeNoAccount');
  for (const name of ['escalate', 'freeze', 'feedback']) paintStatus($(`${name}-status`), view.status[name]);
}

/**
 * Shows a decision. `texts` are what the agent typed ([{labelKey, text}]), `accountId` the customer's account,
 * `alert` the alert it was opened from, `feedback` its latest feedback.
 */
export function showDecision({ decision, texts = [], accountId = null, alert = null, feedback = null }) {
  view = { decision, texts, accountId, alert, feedback, status: {} };
  $('rec-empty').hidden = true;
  $('rec-error').replaceChildren();
  $('rec-body').hidden = false;
  $('feedback-form').reset();
  loading = done('rec.ready', { outcome: () => outcomeLabel(decision.outcome) });
  render();
  if (accountId) loadFreeze(view);
}

export function currentDecision() {
  return view ? view.decision : null;
}

/* ----------------------------------------------------------- the buttons */

async function loadFreeze(current) {
  try {
    const f = await api('GET', `/v1/freezes/${encodeURIComponent(current.accountId)}`);
    if (view !== current || current.status.freeze) return;
    if (f && f.status === 'active') {
      setStatus('freeze', done('freeze.standing', { time: () => formatTime(f.since), by: f.by || '' }));
    }
  } catch (e) {
    if (view === current && !current.status.freeze) setStatus('freeze', failed(e));
  }
}

async function freeze() {
  const current = view;
  if (!current || !current.accountId) return;
  const d = current.decision;
  setStatus('freeze', busy('freeze.busy'));
  $('freeze').disabled = true;
  try {
    const answer = await api('POST', '/v1/freezes', {
      accountId: current.accountId,
      reason: t('freeze.reason', { id: d.decisionId, outcome: d.outcome }),
      decisionId: d.decisionId,
    });
    if (view !== current) return;
    const since = (answer && answer.since) || isoNow();
    const time = () => formatTime(since);
    setStatus('freeze', done(answer && answer.reviewId ? 'freeze.doneReview' : 'freeze.done',
      { account: current.accountId, time, review: answer && answer.reviewId }));
  } catch (e) {
    if (view === current) setStatus('freeze', failed(e));
  } finally {
    if (view === current) $('freeze').disabled = !current.accountId;
  }
}

async function sendFeedback(current, body) {
  const f = await api('POST', `/v1/decisions/${encodeURIComponent(current.decision.decisionId)}/feedback`, body);
  if (view === current) {
    current.feedback = { ...body, ...(f || {}) };
    renderLatestFeedback();
  }
  return f || {};
}

function at(answer) {
  const when = answer.at || isoNow();
  return () => formatTime(when);
}

async function escalate() {
  const current = view;
  if (!current) return;
  setStatus('escalate', busy('escalate.busy'));
  $('escalate').disabled = true;
  try {
    const f = await sendFeedback(current, { action: 'asked-expert', outcome: 'unknown', note: 'escalated from console' });
    if (view !== current) return;
    setStatus('escalate', done(f.reviewId ? 'escalate.doneReview' : 'escalate.done',
      { time: at(f), review: f.reviewId }));
  } catch (e) {
    if (view === current) setStatus('escalate', failed(e));
  } finally {
    if (view === current) $('escalate').disabled = false;
  }
}

async function submitFeedback(event) {
  event.preventDefault();
  const current = view;
  if (!current) return;
  const body = { action: $('feedback-action').value, outcome: $('feedback-outcome').value };
  const note = $('feedback-note').value.trim();
  if (note) body.note = note;
  setStatus('feedback', busy('feedback.busy'));
  $('feedback-submit').disabled = true;
  try {
    const f = await sendFeedback(current, body);
    if (view !== current) return;
    setStatus('feedback', done(f.reviewId ? 'feedback.doneReview' : 'feedback.done',
      { time: at(f), review: f.reviewId }));
    $('feedback-note').value = '';
  } catch (e) {
    if (view === current) setStatus('feedback', failed(e));
  } finally {
    $('feedback-submit').disabled = false;
  }
}

/* ---------------------------------------------------- loading and errors */

export function showLoading(key, vars) {
  loading = busy(key, vars);
  paintStatus($('rec-loading'), loading);
  $('rec-error').replaceChildren();
}

/** Says the decision could not be had: the error in plain words (kept on screen until the next one). */
export function showFailure(node) {
  loading = null;
  paintStatus($('rec-loading'), loading);
  $('rec-error').replaceChildren(node);
}

export function initRecommendation() {
  $('escalate').addEventListener('click', escalate);
  $('freeze').addEventListener('click', freeze);
  $('feedback-form').addEventListener('submit', submitFeedback);
}
