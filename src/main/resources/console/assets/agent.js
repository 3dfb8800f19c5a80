// The agent console: live alerts, the contact being handled, and frontline's recommendation for it.
import {
  api, applyStrings, el, errorNode, mountHeader, onLangChange, requireRole, t,
} from './common.js';
import './agent-strings.js';
import { initAlerts, relangAlerts } from './alerts.js';
import { initContact } from './contact.js';
import { initRecommendation, render, showDecision, showFailure, showLoading } from './recommendation.js';

let opening = 0;

/**
 * The review log keeps a decision without the texts its ruleset version holds: the alert carries each reason's
 * message, so they are put back from it.
 */
function withMessages(decision, alert) {
  const fromAlert = alert.reasons || [];
  const reasons = (decision.reasons || []).map((r) => {
    if (r.message) return r;
    const same = fromAlert.find((a) => a.rule === r.rule && a.policy === r.policy)
      || fromAlert.find((a) => a.policy && a.policy === r.policy);
    return same && same.message ? { ...r, message: same.message } : r;
  });
  return { ...decision, reasons };
}

function accountOf(record, alert) {
  const request = record.request || {};
  return alert.accountId
    || (request.customer && request.customer.accountId)
    || (request.payer && request.payer.accountId)
    || null;
}

/** Opens the decision an alert points to: GET /v1/decisions/{id}. */
async function openAlert(alert) {
  const mine = ++opening;
  showLoading('rec.loading', { id: alert.decisionId });
  try {
    const record = await api('GET', `/v1/decisions/${encodeURIComponent(alert.decisionId)}`);
    if (mine !== opening) return;
    showDecision({
      decision: withMessages(record.decision || {}, alert),
      accountId: accountOf(record, alert),
      alert,
      feedback: record.feedback || null,
    });
  } catch (e) {
    if (mine === opening) {
      showFailure(el('div', {}, el('p', { class: 'error-lead' }, t('rec.openFailed', { id: alert.decisionId })), errorNode(e)));
    }
  }
}

/** A contact decided from the form replaces whatever alert was being opened. */
function decided(view) {
  opening += 1;
  showDecision(view);
}

function start() {
  if (!requireRole('agent')) return;
  mountHeader('agent.title');
  applyStrings(document);
  initRecommendation();
  initAlerts(openAlert);
  initContact(decided);
  onLangChange(() => {
    render();
    relangAlerts();
  });
}

start();
