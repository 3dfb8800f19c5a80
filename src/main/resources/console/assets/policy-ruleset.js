// The ruleset in force (with the problems of its last load) and the table of every version put into force.
import {t, formatTime} from './common.js';
import {h, fill, num, isSpreadsheet, problemsTable, errorNode, facts} from './policy-util.js';

function time(iso) {
  return iso ? formatTime(iso) : '—';
}

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
    fill('active-ruleset', h('p', {class: 'pol-muted'}, t('policy.loading')));
    fill('problems', null);
    return;
  }
  const v = inForceEntry(s, state.versions);
  const files = Array.isArray(s.files) ? s.files : [];
  fill('active-ruleset',
    s.version ? null : h('p', {class: 'pol-error'}, t('policy.active.none')),
    facts([
      ['policy.active.version', s.version ? h('code', {class: 'pol-mono', id: 'active-version'}, s.version) : null],
      ['policy.active.loadedAt', s.loadedAt ? time(s.loadedAt) : null],
      ['policy.active.rules', num(s.rules)],
      ['policy.active.publishedAt', v ? time(v.publishedAt) : null],
      ['policy.active.by', v ? byLabel(v.by) : null],
      ['policy.active.reason', v ? v.reason || '—' : null],
      ['policy.active.source', v ? sourceLabel(v.source) : null],
      ['policy.active.draftId', v && v.draftId ? h('code', {class: 'pol-mono'}, v.draftId) : null],
    ]),
    files.length === 0 ? h('p', {class: 'pol-muted'}, t('policy.active.noFiles')) : h('table', {class: 'pol-table pol-files', id: 'active-files'},
      h('caption', {}, t('policy.active.filesCaption', {count: num(files.length)})),
      h('thead', {}, h('tr', {},
        h('th', {scope: 'col'}, t('policy.col.file')),
        h('th', {scope: 'col'}, t('policy.col.rules')),
        h('th', {scope: 'col'}, t('policy.col.sha256')),
        h('th', {scope: 'col'}, t('policy.col.actions')))),
      h('tbody', {}, files.map((f) => h('tr', {},
        h('td', {class: 'pol-mono'}, f.path),
        h('td', {class: 'pol-num'}, num(f.rules)),
        h('td', {class: 'pol-mono pol-hash', title: f.sha256 || ''}, f.sha256 ? f.sha256.slice(0, 12) + '…' : '—'),
        h('td', {}, isSpreadsheet(f.path) ? h('button', {type: 'button', class: 'view-drl btn pol-button-small',
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
    fill('versions', h('p', {class: 'pol-muted'}, t('policy.loading')));
    return;
  }
  if (list.length === 0) {
    fill('versions', h('p', {class: 'pol-muted'}, t('policy.versions.none')));
    return;
  }
  const current = state.status && state.status.version;
  let marked = false;
  fill('versions', h('table', {class: 'pol-table pol-versions'},
    h('caption', {}, t('policy.versions.caption', {count: num(list.length)})),
    h('thead', {}, h('tr', {},
      h('th', {scope: 'col'}, t('policy.col.version')),
      h('th', {scope: 'col'}, t('policy.col.when')),
      h('th', {scope: 'col'}, t('policy.col.who')),
      h('th', {scope: 'col'}, t('policy.col.reason')),
      h('th', {scope: 'col'}, t('policy.col.source')),
      h('th', {scope: 'col'}, t('policy.col.files')),
      h('th', {scope: 'col'}, t('policy.col.actions')))),
    h('tbody', {}, list.map((v) => {
      const inForce = !marked && current && v.version === current;
      if (inForce) marked = true;
      const files = Array.isArray(v.files) ? v.files : [];
      return h('tr', {class: inForce ? 'pol-row-current' : null, 'data-version': v.version},
        h('th', {scope: 'row', class: 'pol-mono'}, v.version,
          inForce ? [' ', h('span', {class: 'pol-pill pol-pill-ok'}, t('policy.versions.inForce'))] : null),
        h('td', {}, time(v.publishedAt)),
        h('td', {}, byLabel(v.by)),
        h('td', {class: 'pol-message'}, v.reason || '—'),
        h('td', {}, sourceLabel(v.source),
          v.draftId ? [h('br', {}), h('span', {class: 'pol-muted pol-mono'}, t('policy.versions.fromDraft', {id: v.draftId}))] : null),
        h('td', {}, files.length ? h('details', {class: 'pol-details-inline'},
          h('summary', {}, t('policy.versions.files', {count: num(files.length)})),
          h('ul', {class: 'pol-plain-list'}, files.map((f) => h('li', {class: 'pol-mono'}, f.path)))) : '—'),
        h('td', {}, h('button', {type: 'button', class: 'rollback btn pol-button-small', 'data-version': v.version,
          'aria-label': t('policy.rollback.buttonFor', {version: v.version}),
          onclick: (e) => onRollback(v, e.currentTarget)}, t('policy.rollback.button'))));
    }))));
}
