// Renders a policy draft (what an upload would change), its scenario results, its spreadsheets and
// the viewer for the DRL a spreadsheet of the ruleset in force converts to.
import {el, t} from './common.js';
import {num, keyValues} from './ui.js';
import {fill, time, isSpreadsheet, problemsTable, errorNode, FACTS} from './policy-util.js';

function isScenario(path) {
  return String(path || '').startsWith('scenarios/');
}

/** The head of a draft: id, valid or not, who made it and when, what it is based on. */
export function renderDraftHead(draft, session) {
  fill('draft-id', draft.draftId || '');
  const valid = document.getElementById('draft-valid');
  if (valid) {
    const errors = (draft.problems || []).filter((p) => p.severity === 'error').length;
    valid.textContent = draft.valid ? t('policy.draft.valid') : t('policy.draft.invalid', {count: num(errors)});
    valid.className = 'pol-pill ' + (draft.valid ? 'pol-pill-ok' : 'pol-pill-bad');
    valid.dataset.valid = draft.valid ? 'true' : 'false';
  }
  const mine = session && draft.by && draft.by === session.who;
  fill('draft-meta', keyValues([
    ['policy.draft.createdAt', time(draft.createdAt)],
    ['policy.draft.by', draft.by ? draft.by + (mine ? ' ' + t('policy.you') : '') : '—'],
    ['policy.draft.basedOn', draft.basedOn || t('policy.none')],
    ['policy.draft.version', draft.version || t('policy.draft.noVersion')],
  ], FACTS));
  const link = location.origin + location.pathname + '#draft=' + encodeURIComponent(draft.draftId || '');
  fill('draft-share', el('p', {class: 'pol-muted'}, t('policy.draft.share'), ' ',
    el('code', {class: 'pol-mono pol-share-link'}, link)));
  const c = draft.changes || {};
  const group = (key, list, cls) => (list && list.length ? el('li', {class: cls},
    el('strong', {}, t(key, {count: num(list.length)})), ' ',
    el('ul', {class: 'pol-inline-list'}, list.map((p) => el('li', {class: 'pol-mono'}, p)))) : null);
  const any = ['added', 'changed', 'removed'].some((k) => c[k] && c[k].length);
  fill('draft-changes', any
    ? el('ul', {class: 'pol-changes'}, group('policy.changes.added', c.added, 'pol-added'),
      group('policy.changes.changed', c.changed, 'pol-changed'),
      group('policy.changes.removed', c.removed, 'pol-removed'))
    : el('p', {class: 'pol-muted'}, t('policy.changes.none')));
  fill('draft-problems', problemsTable(draft.problems, 'policy.draft.problemsCaption'));
}

/** Each scenario file of the draft: passed, failed (expected against actual), or not run. */
export function renderScenarios(draft) {
  const files = (draft.files || []).map((f) => f.path).filter(isScenario);
  const problems = draft.problems || [];
  const compileFailed = problems.some((p) => p.severity === 'error' && !isScenario(p.file));
  if (files.length === 0) {
    fill('draft-scenarios', el('p', {class: 'pol-warn-note'}, t('policy.scen.none')));
    return;
  }
  const rows = files.map((path) => {
    const own = problems.filter((p) => p.file === path);
    const failed = own.some((p) => p.severity === 'error');
    const result = failed ? 'failed' : compileFailed ? 'notRun' : 'passed';
    return {path, own, result};
  });
  const counts = {passed: 0, failed: 0, notRun: 0};
  rows.forEach((r) => { counts[r.result] += 1; });
  fill('draft-scenarios',
    el('p', {class: 'pol-scen-summary'}, t('policy.scen.summary', {count: num(files.length), passed: num(counts.passed),
      failed: num(counts.failed), notRun: num(counts.notRun)})),
    el('table', {class: 'pol-table pol-scenarios'},
      el('caption', {}, t('policy.scen.caption')),
      el('thead', {}, el('tr', {},
        el('th', {scope: 'col'}, t('policy.col.file')),
        el('th', {scope: 'col'}, t('policy.scen.result')),
        el('th', {scope: 'col'}, t('policy.scen.details')))),
      el('tbody', {}, rows.map((r) => el('tr', {class: 'pol-scen-' + r.result, 'data-result': r.result},
        el('td', {class: 'pol-mono'}, r.path),
        el('td', {}, el('span', {class: 'pol-pill ' + (r.result === 'passed' ? 'pol-pill-ok'
          : r.result === 'failed' ? 'pol-pill-bad' : 'pol-pill-muted')}, t('policy.scen.' + r.result))),
        el('td', {class: 'pol-message'}, r.own.length
          ? el('ul', {class: 'pol-plain-list'}, r.own.map((p) => el('li', {}, p.message)))
          : r.result === 'notRun' ? t('policy.scen.notRunWhy') : '—'))))));
}

/** The spreadsheets of the draft, each with a button to view the DRL it converts to. */
export function renderDraftTables(draft, onView) {
  const c = draft.changes || {};
  const tables = (draft.files || []).map((f) => f.path).filter(isSpreadsheet);
  if (tables.length === 0) {
    fill('draft-tables', el('p', {class: 'pol-muted'}, t('policy.tables.none')));
    return;
  }
  const state = (p) => ((c.added || []).includes(p) ? 'added' : (c.changed || []).includes(p) ? 'changed' : 'same');
  fill('draft-tables',
    el('ul', {class: 'pol-table-list', id: 'draft-table-list'}, tables.map((p) => el('li', {},
      el('span', {class: 'pol-mono'}, p), ' ',
      state(p) !== 'same' ? el('span', {class: 'pol-pill pol-pill-muted'}, t('policy.tables.' + state(p))) : null, ' ',
      el('button', {type: 'button', class: 'view-drl btn pol-button-small', 'data-path': p,
        'aria-label': t('policy.drl.viewFor', {path: p}),
        onclick: (e) => onView(p, state(p), e.currentTarget)}, t('policy.drl.view'))))));
}

/**
 * The viewer of the DRL a spreadsheet converts to. state.drl: {path, status: 'loading'|'ok'|'error',
 * answer, error, fileState}.
 */
export function renderDrlViewer(drl) {
  const viewer = document.getElementById('drl-viewer');
  const pre = document.getElementById('generated-drl');
  if (!viewer || !pre) return;
  if (!drl) {
    viewer.hidden = true;
    pre.textContent = '';
    return;
  }
  viewer.hidden = false;
  fill('generated-drl-heading', t('policy.drl.heading', {path: drl.path}));
  const notes = [];
  if (drl.fileState === 'changed' && !drl.draft) notes.push(el('p', {class: 'pol-warn-note'}, t('policy.drl.changedNote')));
  if (drl.status === 'loading') notes.push(el('p', {class: 'pol-muted'}, t('policy.loading')));
  if (drl.status === 'error') {
    notes.push(drl.error && drl.error.status === 404
      ? el('p', {class: 'pol-warn-note'}, t(drl.fileState === 'added' ? 'policy.drl.notInForceNew' : 'policy.drl.notFound'))
      : errorNode(drl.error, 'policy.drl.failed'));
  }
  const a = drl.status === 'ok' ? drl.answer || {} : null;
  if (a) {
    notes.push(el('p', {class: 'pol-muted'}, a.draftId
      ? t('policy.drl.sourceDraft', {file: a.file || drl.path, draft: a.draftId})
      : t('policy.drl.source', {file: a.file || drl.path, ruleset: a.ruleset || '—'})));
  }
  fill('generated-drl-note', notes);
  pre.textContent = a ? a.drl || '' : '';
  pre.hidden = !a;
  const rules = a && Array.isArray(a.rules) ? a.rules : [];
  fill('generated-drl-rules', rules.length ? el('table', {class: 'pol-table pol-drl-rules'},
    el('caption', {}, t('policy.drl.rulesCaption', {count: num(rules.length)})),
    el('thead', {}, el('tr', {},
      el('th', {scope: 'col'}, t('policy.drl.rule')),
      el('th', {scope: 'col'}, t('policy.drl.line')),
      el('th', {scope: 'col'}, t('policy.drl.row')),
      el('th', {scope: 'col'}, t('policy.drl.cell')))),
    el('tbody', {}, rules.map((r) => el('tr', {},
      el('td', {class: 'pol-mono'}, r.name),
      el('td', {class: 'pol-num'}, r.line > 0 ? num(r.line) : '—'),
      el('td', {class: 'pol-num'}, r.row > 0 ? num(r.row) : '—'),
      el('td', {class: 'pol-mono'}, r.cell || '—'))))) : null);
}

/** A note above the publish form: four-eyes, or a draft that cannot be published. */
export function renderPublishNote(draft, session) {
  const notes = [];
  if (!draft.valid) notes.push(el('p', {class: 'pol-warn-note'}, t('policy.publish.invalidNote')));
  if (session && draft.by && draft.by === session.who) {
    notes.push(el('p', {class: 'pol-warn-note'}, t('policy.publish.ownNote')));
  }
  fill('publish-note', notes);
}
