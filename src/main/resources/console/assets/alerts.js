// The live alert feed: escalations and freezes as they happen, newest first, filtered by route.
import { el, formatTime, problemLines, streamEvents, t, tv } from './common.js';
import { messageText } from './recommendation.js';
import { outcomeBadge, outcomeLabel } from './ui.js';

const ROUTES = ['human-agent', 'anti-fraud-specialist', 'security-team', 'expert'];
const KEEP = 200;

const alerts = [];
const known = new Set();
let controller = null;
let lastEventId = null;
let connection = { state: 'connecting', error: null };
let openedId = null;
let openAlert = () => {};

const $ = (id) => document.getElementById(id);

function chosenRoutes() {
  return ROUTES.filter((r) => $(`route-${r}`).checked);
}

/* ------------------------------------------------------------ connection */

function paintConnection() {
  const node = $('alerts-status');
  node.dataset.state = connection.state;
  const words = t(`alerts.state.${connection.state}`);
  node.textContent = connection.error ? `${words} — ${problemLines(connection.error).join(' · ')}` : words;
}

function setConnection(state, error = null) {
  connection = { state, error };
  paintConnection();
}

/** (Re)connects with the routes chosen; with none chosen the feed pauses. */
function connect() {
  if (controller) controller.abort();
  controller = null;
  const routes = chosenRoutes();
  if (!routes.length) {
    setConnection('paused');
    return;
  }
  const mine = new AbortController();
  controller = mine;
  const states = { connecting: 'connecting', open: 'connected', reconnecting: 'reconnecting', closed: 'paused' };
  streamEvents(`/v1/alerts?route=${routes.map(encodeURIComponent).join(',')}`, receive, {
    signal: mine.signal,
    lastEventId,
    onStatus: (state, error) => {
      if (controller === mine) setConnection(states[state] || state, error || null);
    },
  });
}

/* ---------------------------------------------------------------- alerts */

function receive(message) {
  if (message.event !== 'alert' || !message.data || typeof message.data !== 'object') return;
  if (message.id) lastEventId = message.id;
  const alert = message.data;
  const id = String(alert.alertId ?? message.id ?? '');
  if (id && known.has(id)) return;
  if (id) known.add(id);
  alerts.unshift({ ...alert, alertId: id, fresh: true });
  if (alerts.length > KEEP) alerts.splice(KEEP).forEach((a) => known.delete(a.alertId));
  renderAlerts();
  announce(alert);
}

function announce(alert) {
  $('alerts-announce').textContent = alert.kind === 'freeze'
    ? t('alerts.announceFreeze', { account: alert.accountId || '' })
    : t('alerts.announce', {
      priority: tv('priority', alert.priority),
      outcome: outcomeLabel(alert.outcome),
      subject: alert.subjectId || '',
    });
}

function headline(alert) {
  if (alert.kind === 'freeze') {
    return el('div', { class: 'alert-subject' },
      el('span', {}, t('alerts.frozen')), ' ',
      alert.accountId ? el('span', { class: 'mono' }, alert.accountId) : null);
  }
  return el('div', { class: 'alert-subject' },
    el('span', {}, tv('subject', alert.subject)), ' ',
    el('span', { class: 'mono' }, alert.subjectId || ''),
    alert.accountId ? el('span', { class: 'alert-account' }, ` · ${t('rec.account')} `, el('span', { class: 'mono' }, alert.accountId)) : null);
}

function reasonLine(alert) {
  if (alert.kind === 'freeze') {
    return el('div', { class: 'alert-reason' },
      alert.reason || '',
      alert.by ? el('span', { class: 'muted' }, ` · ${t('alerts.by', { by: alert.by })}`) : null);
  }
  const first = (alert.reasons || [])[0];
  const more = (alert.reasons || []).length - 1;
  return first
    ? el('div', { class: 'alert-reason' }, messageText(first.message, first.rule),
      more > 0 ? el('span', { class: 'muted' }, ` ${t('alerts.more', { n: more })}`) : null)
    : null;
}

function alertItem(alert) {
  const openable = Boolean(alert.decisionId);
  return el('li', {
    class: ['alert', `priority-${alert.priority || 'normal'}`, alert.fresh && 'alert-new', openable && 'openable'],
    'data-alert-id': alert.alertId,
    'data-decision-id': alert.decisionId || null,
    'data-priority': alert.priority || null,
    'data-kind': alert.kind || null,
    tabindex: openable ? '0' : null,
    'aria-current': openable && alert.alertId === openedId ? 'true' : null,
    onclick: () => open(alert),
    onkeydown: (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        open(alert);
      }
    },
  },
  el('div', { class: 'alert-top' },
    el('span', { class: 'badge priority', 'data-priority': alert.priority || '' }, tv('priority', alert.priority)),
    alert.kind === 'freeze'
      ? el('span', { class: 'badge outcome kind-freeze', 'data-outcome': 'emergency-freeze' }, t('alerts.freezeBadge'))
      : outcomeBadge(alert.outcome),
    alert.olderCustomer ? el('span', { class: 'badge older-customer' }, t('older.badge')) : null,
    el('time', { class: 'alert-time', datetime: alert.at || '' }, formatTime(alert.at))),
  headline(alert),
  reasonLine(alert),
  alert.route ? el('div', { class: 'alert-route muted small' }, t('rec.escalateTo', { route: tv('route', alert.route) })) : null);
}

function renderAlerts() {
  const list = $('alerts');
  const focusedId = document.activeElement && document.activeElement.closest
    && document.activeElement.closest('#alerts .alert') ? document.activeElement.dataset.alertId : null;
  const routes = chosenRoutes();
  const shown = alerts.filter((a) => !a.route || routes.includes(a.route));
  list.replaceChildren(...shown.map(alertItem));
  $('alerts-empty').hidden = shown.length > 0;
  if (focusedId) {
    const again = list.querySelector(`[data-alert-id="${CSS.escape(focusedId)}"]`);
    if (again) again.focus();
  }
}

function open(alert) {
  if (!alert.decisionId) return;
  alert.fresh = false;
  openedId = alert.alertId;
  renderAlerts();
  openAlert(alert);
}

/* ------------------------------------------------------------------ start */

export function initAlerts(onOpen) {
  openAlert = onOpen;
  ROUTES.forEach((r) => $(`route-${r}`).addEventListener('change', () => {
    renderAlerts();
    connect();
  }));
  renderAlerts();
  connect();
}

export function relangAlerts() {
  paintConnection();
  renderAlerts();
}
