// The ruleset in force (with the problems of its last load) and the table of every version put into force.
import {el, t} from './common.js';
import {num, keyValues} from './ui.js';
import {fill, time, isSpreadsheet, problemsTable, errorNode, FACTS} from './policy-util.js';

export function byLabel(by) {
  if (!by) return '—';
  return by === 'files' ? t('policy.by.files') : by;
}

export function sourceLabel(source) {
  const key = 'policy.source.' + source;
  const label = t(key);
  return label && label !== key ? label : String(source || '—');
}

/** The newest recorded version entry of the ruleset in force, if the versions are known. */
export function inForceEntry(status, versions) {
  if (!status || !status.version || !Array.isArray(versions)) return null;
  return versions.find((v) => v.version === status.version) || null;
}

/** Every policy path known in force: the files of the ruleset and of its recorded version (scenarios too). */
export function policyPaths(status, versions) {
  const paths = new Set();
  (status && Array.isArray(status.files) ? status.files : []).forEach((f) => paths.add(f.path));
  const v = inForceEntry(status, versions);
  (v && Array.isArray(v.files) ? v.files : []).forEach((f) => paths.add(f.path));
  return [...paths].filter(Boolean).sort();
}

/** Renders #active-ruleset and #problems. */
export function renderActive(state, onViewDrl) {
  if (state.statusError) {
    fill('active-ruleset', errorNode(state.statusError, 'policy.active.failed'));
    fill('problems', null);
    return;
  }
  const s = state.status;
  if (!s) {
    fill('active-ruleset', el('p', {class: 'pol-muted'}, t('policy.loading')));
    fill('problems', null);
    return;
  }
  const v = inForceEntry(s, state.versions);
  const files = Array.isArray(s.files) ? s.files : [];
  fill('active-ruleset',
    s.version ? null : el('p', {class: 'pol-error'}, t('policy.active.none')),
    keyValues([
      ['policy.active.version', s.version ? el('code', {class: 'pol-mono', id: 'active-version'}, s.version) : null],
      ['policy.active.loadedAt', s.loadedAt ? time(s.loadedAt) : null],
      ['policy.active.rules', num(s.rules)],
      ['policy.active.publishedAt', v ? time(v.publishedAt) : null],
      ['policy.active.by', v ? byLabel(v.by) : null],
      ['policy.active.reason', v ? v.reason || '—' : null],
      ['policy.active.source', v ? sourceLabel(v.source) : null],
      ['policy.active.draftId', v && v.draftId ? el('code', {class: 'pol-mono'}, v.draftId) : null],
    ], FACTS),
    files.length === 0 ? el('p', {class: 'pol-muted'}, t('policy.active.noFiles')) : el('table', {class: 'pol-table pol-files', id: 'active-files'},
      el('caption', {}, t('policy.active.filesCaption', {count: num(files.length)})),
      el('thead', {}, el('tr', {},
        el('th', {scope: 'col'}, t('policy.col.file')),
        el('th', {scope: 'col'}, t('policy.col.rules')),
        el('th', {scope: 'col'}, t('policy.col.sha256')),
        el('th', {scope: 'col'}, t('policy.col.actions')))),
      el('tbody', {}, files.map((f) => el('tr', {},
        el('td', {class: 'pol-mono'}, f.path),
        el('td', {class: 'pol-num'}, num(f.rules)),
        el('td', {class: 'pol-mono pol-hash', title: f.sha256 || ''}, f.sha256 ? f.sha256.slice(0, 12) + '…' : '—'),
        el('td', {}, isSpreadsheet(f.path) ? el('button', {type: 'button', class: 'view-drl btn pol-button-small',
          'data-path': f.path, 'aria-label': t('policy.drl.viewFor', {path: f.path}),
          onclick: (e) => onViewDrl(f.path, 'same', e.currentTarget)}, t('policy.drl.view')) : null))))));
  fill('problems', problemsTable(s.problems, 'policy.active.problemsCaption'));
}

/** Renders the #versions table; every row has a .rollback button. */
export function renderVersions(state, onRollback) {
  if (state.versionsError) {
    fill('versions', errorNode(state.versionsError, 'policy.versions.failed'));
    return;
  }
  const list = state.versions;
  if (!list) {
    fill('versions', el('p', {class: 'pol-muted'}, t('policy.loading')));
    return;
  }
  if (list.length === 0) {
    fill('versions', el('p', {class: 'pol-muted'}, t('policy.versions.none')));
    return;
  }
  const current = state.status && state.status.version;
  let marked = false;
  fill('versions', el('table', {class: 'pol-table pol-versions'},
    el('caption', {}, t('policy.versions.caption', {count: num(list.length)})),
    el('thead', {}, el('tr', {},
      el('th', {scope: 'col'}, t('policy.col.version')),
      el('th', {scope: 'col'}, t('policy.col.when')),
      el('th', {scope: 'col'}, t('policy.col.who')),
      el('th', {scope: 'col'}, t('policy.col.reason')),
      el('th', {scope: 'col'}, t('policy.col.source')),
      el('th', {scope: 'col'}, t('policy.col.files')),
      el('th', {scope: 'col'}, t('policy.col.actions')))),
    el('tbody', {}, list.map((v) => {
      const inForce = !marked && current && v.version === current;
      if (inForce) marked = true;
      const files = Array.isArray(v.files) ? v.files : [];
      return el('tr', {class: inForce ? 'pol-row-current' : null, 'data-version': v.version},
        el('th', {scope: 'row', class: 'pol-mono'}, v.version,
          inForce ? [' ', el('span', {class: 'pol-pill pol-pill-ok'}, t('policy.versions.inForce'))] : null),
        el('td', {}, time(v.publishedAt)),
        el('td', {}, byLabel(v.by)),
        el('td', {class: 'pol-message'}, v.reason || '—'),
        el('td', {}, sourceLabel(v.source),
          v.draftId ? [el('br', {}), el('span', {class: 'pol-muted pol-mono'}, t('policy.versions.fromDraft', {id: v.draftId}))] : null),
        el('td', {}, files.length ? el('details', {class: 'pol-details-inline'},
          el('summary', {}, t('policy.versions.files', {count: num(files.length)})),
          el('ul', {class: 'pol-plain-list'}, files.map((f) => el('li', {class: 'pol-mono'}, f.path)))) : '—'),
        el('td', {}, el('button', {type: 'button', class: 'rollback btn pol-button-small', 'data-version': v.version,
          'aria-label': t('policy.rollback.buttonFor', {version: v.version}),
          onclick: (e) => onRollback(v, e.currentTarget)}, t('policy.rollback.button'))));
    }))));
}
