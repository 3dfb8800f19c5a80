// Small building blocks shared by the policy console modules: filling an area, dates, problem tables,
// key/value facts and plain-words error rendering. Elements are built with el() from common.js; numbers,
// percentages, outcome badges and key/value lists come from ui.js.
import {el, t, formatTime, problemParts} from './common.js';

/** Replaces the children of a node (looked up by id when given a string). */
export function fill(target, ...kids) {
  const node = typeof target === 'string' ? document.getElementById(target) : target;
  if (!node) return null;
  node.replaceChildren(...kids.flat(Infinity).filter((k) => k !== null && k !== undefined && k !== false)
    .map((k) => (typeof k === 'string' || typeof k === 'number' ? document.createTextNode(String(k)) : k)));
  return node;
}

/** A time in the current language's way, or a dash. */
export function time(iso) {
  return iso ? formatTime(iso) : '—';
}

/** How the policy console lists facts with keyValues() (ui.js): string keys as terms, empty values left out. */
export const FACTS = {class: 'pol-facts', term: t, skipEmpty: true};

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
    return el('p', {class: 'pol-ok-note'}, t('policy.problems.none'));
  }
  return el('table', {class: 'pol-table pol-problems'},
    el('caption', {}, t(captionKey, {count: problems.length})),
    el('thead', {}, el('tr', {},
      el('th', {scope: 'col'}, t('policy.col.file')),
      el('th', {scope: 'col'}, t('policy.col.where')),
      el('th', {scope: 'col'}, t('policy.col.severity')),
      el('th', {scope: 'col'}, t('policy.col.message')))),
    el('tbody', {}, problems.map((p) => el('tr', {class: p.severity === 'error' ? 'pol-sev-error' : 'pol-sev-warning'},
      el('td', {class: 'pol-mono'}, p.file || '—'),
      el('td', {class: 'pol-mono'}, where(p)),
      el('td', {}, p.severity === 'error' ? t('policy.severity.error')
        : p.severity === 'warning' ? t('policy.severity.warning') : (p.severity || '—')),
      el('td', {class: 'pol-message'}, p.message || '')))));
}

/** An API error in plain words: title, detail, each field error and the request id. */
export function errorNode(err, leadKey, vars) {
  const e = problemParts(err);
  const lead = leadKey ? el('p', {}, el('strong', {}, t(leadKey, vars || {}))) : null;
  if (!e.fromApi) {
    return el('div', {class: 'pol-error'}, lead, el('p', {}, t('policy.error.page', {message: e.message})));
  }
  return el('div', {class: 'pol-error'}, lead,
    el('p', {}, el('strong', {}, e.title || t('policy.error.status', {status: e.status})),
      e.detail ? ' — ' + e.detail : null),
    e.fields.length ? el('ul', {class: 'pol-error-list'}, e.fields.map((f) =>
      el('li', {}, f.field ? el('span', {class: 'pol-mono'}, f.field + ': ') : null, f.message || ''))) : null,
    e.requestId ? el('p', {class: 'pol-muted'}, t('policy.error.requestId', {id: e.requestId})) : null);
}
