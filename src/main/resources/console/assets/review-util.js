// Small helpers of the review console: DOM building on top of the shared el(), inline SVG, number formatting
// and the plain-words text of an API problem.
import {el, t, lang} from './common.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Builds an element with the shared el() and makes sure every plain attribute is set (type, for, scope,
 * tabindex, role…); null, undefined and false children are left out.
 */
export function mk(tag, attrs = {}, ...children) {
  const kept = children.flat().filter(c => c !== null && c !== undefined && c !== false);
  const node = el(tag, attrs, ...kept);
  for (const [name, value] of Object.entries(attrs)) {
    if (name.startsWith('on') || value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'class') {
      node.className = value;
    } else if (!node.hasAttribute(name)) {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  return node;
}

/** An SVG element; attributes set as they are, children strings or nodes. */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) {
      node.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    node.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
  return node;
}

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

/** A whole number in the current language's way. */
export function num(n) {
  return new Intl.NumberFormat(lang()).format(Number(n) || 0);
}

/** A ratio 0..1 as a percentage with one decimal; null as a dash. */
export function percent(p) {
  if (p === null || p === undefined) {
    return '—';
  }
  return new Intl.NumberFormat(lang(), {style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1})
      .format(p);
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
  const p = error && error.problem;
  if (p && typeof p === 'object') {
    const parts = [];
    const head = [p.title, p.detail].filter(Boolean).join(': ');
    parts.push(head || t('review.error.status', {status: p.status || error.status || '?'}));
    for (const fe of Array.isArray(p.errors) ? p.errors : []) {
      parts.push(`${fe.field}: ${fe.message}`);
    }
    if (p.requestId) {
      parts.push(t('review.error.requestId', {id: p.requestId}));
    }
    return parts.join(' · ');
  }
  if (error && error.status) {
    return t('review.error.status', {status: error.status});
  }
  return t('review.error.network', {message: (error && error.message) || String(error)});
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

/** A definition list of key/value pairs. */
export function keyValues(pairs, className = 'rv-kv') {
  const dl = mk('dl', {class: className});
  for (const [k, v] of pairs) {
    dl.append(mk('dt', {}, k), mk('dd', {}, v instanceof Node ? v : String(v)));
  }
  return dl;
}

/** A small badge showing an outcome with its colour. */
export function outcomeBadge(outcome) {
  if (!outcome) {
    return mk('span', {class: 'rv-muted'}, '—');
  }
  return mk('span', {class: 'rv-outcome', 'data-outcome': outcome}, tOr(`review.outcome.${outcome}`, outcome));
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
