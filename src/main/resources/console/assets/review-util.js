// Small helpers of the review console: the rules report's series and gridlines, translations with a fallback,
// the plain-words text of an API problem, flattened details and status messages. Elements are built with el()
// from common.js; numbers, percentages, outcome badges, key/value lists and inline SVG come from ui.js.
import {t, problemParts} from './common.js';

/** The report's row of decisions no rule fired on: where misses show. */
export const NO_RULE = '(no rule fired)';

/** A rule's name as shown; the row of decisions no rule fired on in the current language. */
export const ruleName = rule => (rule === NO_RULE ? t('review.report.noRule') : rule);

/**
 * The four counts charted per rule, in the order drawn. The colours keep at least 3:1 against white; the dash
 * pattern and the hollow or filled dot tell the lines apart without colour.
 */
export const SERIES = [
  {key: 'hits', color: '#1d4f91', dash: null, hollow: false},
  {key: 'overrides', color: '#8f5a00', dash: '9 5', hollow: true},
  {key: 'fraudConfirmed', color: '#b3261e', dash: '2 4', hollow: false},
  {key: 'falsePositives', color: '#6a3d9a', dash: '12 4 2 4', hollow: true},
];

/** Round gridline values from 0 to at least max, about four steps, whole numbers. */
export function ticks(max) {
  const raw = Math.max(1, max / 4);
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map(m => m * pow).find(s => s >= raw);
  const whole = Math.max(1, Math.ceil(step));
  const out = [];
  for (let v = 0; v < max + whole; v += whole) {
    out.push(v);
    if (v >= max) {
      break;
    }
  }
  return out;
}

/** The text of a translated key, or the fallback when the key gives back nothing better than itself. */
export function tOr(key, fallback, vars) {
  const s = t(key, vars);
  return s && s !== key ? s : fallback;
}

/**
 * What went wrong, in plain words: the problem's title and detail, each field error, and the request id;
 * a network failure or anything else by its message.
 */
export function problemText(error) {
  const e = problemParts(error);
  if (!e.fromApi) {
    return e.status ? t('review.error.status', {status: e.status})
      : t('review.error.network', {message: e.message});
  }
  const head = [e.title, e.detail].filter(Boolean).join(': ');
  const parts = [head || t('review.error.status', {status: e.status || '?'})];
  for (const fe of e.fields) {
    parts.push(`${fe.field}: ${fe.message}`);
  }
  if (e.requestId) {
    parts.push(t('review.error.requestId', {id: e.requestId}));
  }
  return parts.join(' · ');
}

/** Flattens nested evidence or request details to [key path, printable value] pairs. */
export function flatten(value, prefix = '', out = []) {
  if (value === null || value === undefined) {
    out.push([prefix || '—', '—']);
  } else if (Array.isArray(value)) {
    if (value.every(v => v === null || typeof v !== 'object')) {
      out.push([prefix || '—', value.join(', ')]);
    } else {
      value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
    }
  } else if (typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0 && prefix) {
      out.push([prefix, '—']);
    }
    for (const k of keys) {
      flatten(value[k], prefix ? `${prefix}.${k}` : k, out);
    }
  } else {
    out.push([prefix || '—', String(value)]);
  }
  return out;
}

/* ------------------------------------------------- status messages, re-translated on a language change */

const messages = new Map();

/** Shows a message in the element with this id; `text` is a function giving it in the current language. */
export function setMessage(id, text, kind = '') {
  messages.set(id, {text, kind});
  showMessage(id);
}

function showMessage(id) {
  const node = document.getElementById(id);
  const m = messages.get(id);
  if (!node) {
    return;
  }
  node.textContent = m && m.text ? m.text() : '';
  node.className = `rv-message${m && m.kind ? ` rv-message-${m.kind}` : ''}`;
}

/** Every message shown again, in the language now chosen. */
export function refreshMessages() {
  for (const id of messages.keys()) {
    showMessage(id);
  }
}
