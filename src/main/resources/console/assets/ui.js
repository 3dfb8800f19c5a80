// Rendering helpers the three consoles (agent, policy, review) share: numbers and percentages in the current
// language, outcome names and badges, key/value lists, inline SVG and shortened labels. Elements are built with
// el() from common.js.
import {el, lang, tv} from './common.js';

/* ---------------------------------------------------------------- numbers */

/** A number in the current language's way; null, undefined or not a number as `missing` (a dash unless told). */
export function num(n, {missing = '—'} = {}) {
  if (n === null || n === undefined || Number.isNaN(Number(n))) return missing;
  return new Intl.NumberFormat(lang()).format(Number(n));
}

/**
 * A share (0..1) as a percentage; null, undefined or not a number as `missing` (a dash unless told). Up to one
 * decimal (12.5 %, 12 %); `fixed` always shows the one decimal (12.0 %).
 */
export function pct(x, {missing = '—', fixed = false} = {}) {
  if (x === null || x === undefined || Number.isNaN(Number(x))) return missing;
  const digits = {minimumFractionDigits: fixed ? 1 : 0, maximumFractionDigits: 1};
  return new Intl.NumberFormat(lang(), {style: 'percent', ...digits}).format(Number(x));
}

/** The text cut to at most `max` characters, an ellipsis ending what was cut. */
export function shorten(text, max) {
  const s = String(text);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/* --------------------------------------------------------------- outcomes */

/** The name of an outcome (allow, warn, escalate, block-payment, emergency-freeze); the value itself when unknown. */
export function outcomeLabel(outcome) {
  return tv('outcome', outcome);
}

/**
 * How each console's stylesheet colours an outcome badge: console.css `.badge.outcome[data-outcome=…]` (agent
 * console), policy.css `.pol-outcome.pol-outcome-<outcome>`, review.css `.rv-outcome[data-outcome=…]`.
 */
const BADGE_LOOKS = {
  badge: (o) => ({class: 'badge outcome', 'data-outcome': o || ''}),
  policy: (o) => ({class: `pol-outcome pol-outcome-${String(o).replace(/[^a-z-]/g, '')}`}),
  review: (o) => ({class: 'rv-outcome', 'data-outcome': o}),
};

/**
 * A badge naming an outcome in its colour; `look` is 'badge' (the shared look), 'policy' or 'review'. The review
 * console shows a muted dash when there is no outcome.
 */
export function outcomeBadge(outcome, look = 'badge') {
  if (look === 'review' && !outcome) return el('span', {class: 'rv-muted'}, '—');
  return el('span', BADGE_LOOKS[look](outcome), outcomeLabel(outcome));
}

/* -------------------------------------------------------- key/value lists */

/**
 * A definition list of [term, value] pairs; a value is text, a number or a node. Options: `class` of the list
 * ('kv' unless told), `term` to turn each term into its text (e.g. t for string keys), and `skipEmpty` to leave
 * out the pairs whose value is null, undefined or ''.
 */
export function keyValues(pairs, {class: className = 'kv', term = (k) => k, skipEmpty = false} = {}) {
  const shown = skipEmpty ? pairs.filter(([, v]) => v !== null && v !== undefined && v !== '') : pairs;
  return el('dl', {class: className}, shown.map(([k, v]) => [
    el('dt', {}, term(k)),
    el('dd', {}, v instanceof Node ? v : String(v)),
  ]));
}

/* -------------------------------------------------------------------- svg */

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element: attributes set as given (null and undefined left out), children text, numbers or nodes. */
export function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
  return node;
}
