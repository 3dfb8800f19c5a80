// Small building blocks shared by the policy console modules: a DOM builder on top of the shared el(),
// number and percentage formatting, problem tables and plain-words error rendering.
import {el, t, lang} from './common.js';

/** Builds an element with el(); drops empty children and makes sure every plain attribute is set. */
export function h(tag, attrs, ...kids) {
  const clean = {};
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    clean[k] = v === true ? '' : v;
  }
  const children = kids.flat(Infinity)
    .filter((k) => k !== null && k !== undefined && k !== false && k !== '')
    .map((k) => (typeof k === 'number' ? String(k) : k));
  const node = el(tag, clean, ...children);
  for (const [k, v] of Object.entries(clean)) {
    if (/^on/.test(k) || k === 'class') continue;
    if (!node.hasAttribute(k)) node.setAttribute(k, String(v));
  }
  return node;
}

/** Replaces the children of a node (looked up by id when given a string). */
export function fill(target, ...kids) {
  const node = typeof target === 'string' ? document.getElementById(target) : target;
  if (!node) return null;
  node.replaceChildren(...kids.flat(Infinity).filter((k) => k !== null && k !== undefined && k !== false)
    .map((k) => (typeof k === 'string' || typeof k === 'number' ? document.createTextNode(String(k)) : k)));
  return node;
}

export function num(n) {
  if (n === null || n === undefined || Number.isNaN(Number(n))) return '—';
  return new Intl.NumberFormat(lang()).format(Number(n));
}

/** A share (0..1) as a percentage; null means it is not defined yet. */
export function pct(x) {
  if (x === null || x === undefined || Number.isNaN(Number(x))) return t('policy.undefined');
  return new Intl.NumberFormat(lang(), {style: 'percent', maximumFractionDigits: 1}).format(Number(x));
}

export const SPREADSHEET = /\.drl\.(xlsx|xls|csv)$/i;

export function isSpreadsheet(path) {
  return SPREADSHEET.test(String(path || ''));
}

/** Where in a file a problem is: the line (DRL, CSV tables), the cell (spreadsheets), or both. */
export function where(p) {
  const parts = [];
  if (p && Number(p.line) > 0) parts.push(t('policy.where.line', {line: p.line}));
  if (p && p.cell) parts.push(t('policy.where.cell', {cell: p.cell}));
  return parts.length ? parts.join(', ') : '—';
}

/** A table of rule problems (file, line or cell, severity, message), or a short note when there are none. */
export function problemsTable(problems, captionKey) {
  if (!problems || problems.length === 0) {
    return h('p', {class: 'pol-ok-note'}, t('policy.problems.none'));
  }
  return h('table', {class: 'pol-table pol-problems'},
    h('caption', {}, t(captionKey, {count: problems.length})),
    h('thead', {}, h('tr', {},
      h('th', {scope: 'col'}, t('policy.col.file')),
      h('th', {scope: 'col'}, t('policy.col.where')),
      h('th', {scope: 'col'}, t('policy.col.severity')),
      h('th', {scope: 'col'}, t('policy.col.message')))),
    h('tbody', {}, problems.map((p) => h('tr', {class: p.severity === 'error' ? 'pol-sev-error' : 'pol-sev-warning'},
      h('td', {class: 'pol-mono'}, p.file || '—'),
      h('td', {class: 'pol-mono'}, where(p)),
      h('td', {}, p.severity === 'error' ? t('policy.severity.error')
        : p.severity === 'warning' ? t('policy.severity.warning') : (p.severity || '—')),
      h('td', {class: 'pol-message'}, p.message || '')))));
}

/** An API error in plain words: title, detail, each field error and the request id. */
export function errorNode(err, leadKey, vars) {
  const p = err && err.problem;
  const lead = leadKey ? h('p', {}, h('strong', {}, t(leadKey, vars || {}))) : null;
  if (!p) {
    const message = err && err.message ? err.message : String(err);
    return h('div', {class: 'pol-error'}, lead, h('p', {}, t('policy.error.page', {message})));
  }
  const errors = Array.isArray(p.errors) ? p.errors : [];
  return h('div', {class: 'pol-error'}, lead,
    h('p', {}, h('strong', {}, p.title || t('policy.error.status', {status: err.status})),
      p.detail ? ' — ' + p.detail : ''),
    errors.length ? h('ul', {class: 'pol-error-list'}, errors.map((e) =>
      h('li', {}, e.field ? h('span', {class: 'pol-mono'}, e.field + ': ') : null, e.message || ''))) : null,
    p.requestId ? h('p', {class: 'pol-muted'}, t('policy.error.requestId', {id: p.requestId})) : null);
}

/** The label of an outcome, e.g. block-payment. */
export function outcomeLabel(o) {
  const key = 'policy.outcome.' + o;
  const label = t(key);
  return label && label !== key ? label : String(o);
}

export function outcomeBadge(o) {
  return h('span', {class: 'pol-outcome pol-outcome-' + String(o).replace(/[^a-z-]/g, '')}, outcomeLabel(o));
}

/** A term/description list from [labelKey, value] pairs; empty values are left out. */
export function facts(pairs, cls) {
  return h('dl', {class: 'pol-facts' + (cls ? ' ' + cls : '')},
    pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v)]));
}
