// The frontline policy console: the ruleset in force, its versions and rollback, uploading a change as a
// draft, its backtest and shadow run, and publishing it under four-eyes review.
import {
  requireRole, api, mountHeader, addStrings, t, applyStrings, onLangChange, formatTime, lang, el,
} from './common.js';
import {STRINGS} from './policy-strings.js';
import {num, keyValues} from './ui.js';
import {fill, errorNode, FACTS} from './policy-util.js';
import {renderBacktest} from './policy-compare.js';
import {renderShadow, publishErrorNode} from './policy-shadow.js';
import {renderActive, renderVersions, policyPaths, byLabel} from './policy-ruleset.js';
import {renderDraftHead, renderScenarios, renderDraftTables, renderDrlViewer, renderPublishNote} from './policy-draft.js';
import {destination, renderPlan, renderRemoveList, checkedRemovals} from './policy-upload.js';

addStrings(STRINGS);

const state = {
  session: null, status: null, statusError: null, versions: null, versionsError: null,
  draft: null, backtest: null, shadow: null, drl: null, rollback: null,
  removals: new Set(),
};
// what each status area says, kept as a function so it can be said again in another language
const messages = new Map();

const $ = (id) => document.getElementById(id);

function say(id, render) {
  if (render) messages.set(id, render); else messages.delete(id);
  fill(id, render ? render() : null);
}

const note = (key, vars, cls) => () => el('p', {class: cls || 'pol-muted'}, t(key, vars || {}));

function busy(button, on) {
  if (!button) return;
  button.disabled = on;
  button.setAttribute('aria-busy', on ? 'true' : 'false');
}

// ---- the ruleset in force and its versions ----

async function loadRuleset() {
  const [status, versions] = await Promise.allSettled([api('GET', '/v1/rules'), api('GET', '/v1/rules/versions')]);
  state.status = status.status === 'fulfilled' ? status.value : null;
  state.statusError = status.status === 'rejected' ? status.reason : null;
  state.versions = versions.status === 'fulfilled' && versions.value ? versions.value.versions || [] : null;
  state.versionsError = versions.status === 'rejected' ? versions.reason : null;
  paintRuleset();
}

function paintRuleset() {
  renderActive(state, viewDrl);
  renderVersions(state, askRollback);
  renderRemoveList(policyPaths(state.status, state.versions), state.removals);
}

function askRollback(version, button) {
  state.rollback = {version: version.version, trigger: button};
  paintRollbackTarget();
  $('rollback-form').hidden = false;
  say('rollback-status', null);
  $('rollback-reason').focus();
}

function paintRollbackTarget() {
  if (state.rollback) fill('rollback-target', t('policy.rollback.target', {version: state.rollback.version}));
}

function cancelRollback() {
  const version = state.rollback && state.rollback.version;
  state.rollback = null;
  $('rollback-form').hidden = true;
  $('rollback-reason').value = '';
  const back = version && document.querySelector(`#versions .rollback[data-version="${CSS.escape(version)}"]`);
  if (back) back.focus();
}

async function rollback(event) {
  event.preventDefault();
  if (!state.rollback) return;
  const version = state.rollback.version;
  const reason = $('rollback-reason').value.trim();
  if (!reason) {
    say('rollback-status', note('policy.rollback.needReason', {}, 'pol-warn-note'));
    $('rollback-reason').focus();
    return;
  }
  busy($('rollback-confirm'), true);
  say('rollback-status', note('policy.rollback.running', {version}));
  try {
    const v = await api('POST', '/v1/rules/rollback', {version, reason});
    say('rollback-status', () => el('p', {class: 'pol-ok-note'}, t('policy.rollback.done',
      {version: v.version, when: v.publishedAt ? formatTime(v.publishedAt) : '—', by: byLabel(v.by)})));
    state.rollback = null;
    $('rollback-form').hidden = true;
    $('rollback-reason').value = '';
    await loadRuleset();
  } catch (err) {
    const key = err.status === 409 ? 'policy.rollback.conflict' : err.status === 404 ? 'policy.rollback.notFound'
      : 'policy.rollback.failed';
    say('rollback-status', () => errorNode(err, key, {version}));
  } finally {
    busy($('rollback-confirm'), false);
  }
}

// ---- the DRL a spreadsheet converts to ----

async function viewDrl(path, fileState, button) {
  const viewer = $('drl-viewer');
  const home = button && button.closest('#active-ruleset, #draft-tables');
  if (home) home.after(viewer);
  state.drl = {path, fileState, status: 'loading'};
  renderDrlViewer(state.drl);
  // a table of the draft shows the draft's own DRL; a table of the ruleset in force, the DRL in force
  const draft = button && button.closest('#draft-tables') && state.draft ? state.draft.draftId : null;
  state.drl.draft = draft;
  try {
    const answer = await api('GET', (draft ? '/v1/rules/drafts/' + encodeURIComponent(draft) : '/v1/rules')
      + '/files/' + encodeURIComponent(path) + '/drl');
    if (!state.drl || state.drl.path !== path) return;
    state.drl = {path, fileState, draft, status: 'ok', answer};
  } catch (error) {
    if (!state.drl || state.drl.path !== path) return;
    state.drl = {path, fileState, draft, status: 'error', error};
  }
  renderDrlViewer(state.drl);
  const pre = $('generated-drl');
  (pre.hidden ? $('generated-drl-close') : pre).focus();
}

function closeDrl() {
  const path = state.drl && state.drl.path;
  state.drl = null;
  renderDrlViewer(null);
  const back = path && document.querySelector(`.view-drl[data-path="${CSS.escape(path)}"]`);
  if (back) back.focus();
}

// ---- upload, validate and open drafts ----

async function validate(event) {
  event.preventDefault();
  const files = [...($('upload-files').files || [])];
  const removals = checkedRemovals();
  if (files.length === 0 && removals.length === 0) {
    say('upload-status', note('policy.upload.nothing', {}, 'pol-warn-note'));
    $('upload-files').focus();
    return;
  }
  if (files.reduce((sum, f) => sum + f.size, 0) > 32 * 1024 * 1024) {
    say('upload-status', note('policy.upload.tooLarge', {}, 'pol-warn-note'));
    return;
  }
  const known = policyPaths(state.status, state.versions);
  const form = new FormData();
  files.forEach((f) => form.append(destination(f.name, known), f, f.name));
  removals.forEach((p) => form.append('remove', p));
  busy($('upload-submit'), true);
  say('upload-status', note('policy.upload.running', {count: num(files.length), removed: num(removals.length)}));
  try {
    const draft = await api('POST', '/v1/rules/validate', form);
    say('upload-status', () => el('p', {class: draft.valid ? 'pol-ok-note' : 'pol-warn-note'},
      t(draft.valid ? 'policy.upload.doneValid' : 'policy.upload.doneInvalid', {id: draft.draftId})));
    showDraft(draft, false);
  } catch (err) {
    say('upload-status', () => errorNode(err, 'policy.upload.failed'));
  } finally {
    busy($('upload-submit'), false);
  }
}

async function openDraft(id, statusId) {
  const draftId = String(id || '').trim();
  if (!draftId) {
    say(statusId, note('policy.open.needId', {}, 'pol-warn-note'));
    return;
  }
  say(statusId, note('policy.open.running', {id: draftId}));
  try {
    const draft = await api('GET', '/v1/rules/drafts/' + encodeURIComponent(draftId));
    say(statusId, null);
    showDraft(draft, true);
  } catch (err) {
    say(statusId, () => (err.status === 404
      ? el('p', {class: 'pol-warn-note'}, t('policy.open.notFound', {id: draftId}))
      : errorNode(err, 'policy.open.failed', {id: draftId})));
  }
}

function draftFromHash() {
  const m = /^#draft=(.+)$/.exec(location.hash || '');
  return m ? decodeURIComponent(m[1]) : null;
}

function showDraft(draft, opened) {
  state.draft = draft;
  state.backtest = draft.backtest ? {report: draft.backtest} : null;
  $('draft').hidden = false;
  $('jump-draft').hidden = false;
  if (draftFromHash() !== draft.draftId) {
    history.replaceState(null, '', '#draft=' + encodeURIComponent(draft.draftId));
  }
  say('publish-status', null);
  say('backtest-status', draft.backtestError
    ? () => el('p', {class: 'pol-warn-note'}, t('policy.bt.validateError'), ' ', draft.backtestError)
    : !draft.valid ? note('policy.bt.invalidDraft', {}, 'pol-warn-note') : null);
  say('shadow-status', null);
  if (state.shadow && state.shadow.draftId !== draft.draftId) state.shadow = null;
  paintDraft();
  $('draft-heading').focus();
  const role = state.session && state.session.role;
  if (opened && draft.valid && (role === 'policy' || role === 'admin')) runBacktest();
}

function paintDraft() {
  const d = state.draft;
  if (!d) return;
  renderDraftHead(d, state.session);
  renderScenarios(d);
  renderDraftTables(d, viewDrl);
  renderPublishNote(d, state.session);
  $('backtest-submit').disabled = !d.valid;
  $('shadow-start').disabled = !d.valid;
  renderBacktest(state.backtest && state.backtest.report);
  renderShadow(state.shadow, state.draft);
}

// ---- backtest ----

async function runBacktest(event) {
  if (event) event.preventDefault();
  if (!state.draft) return;
  const last = Number($('backtest-last').value);
  if (!Number.isInteger(last) || last < 1 || last > 200000) {
    say('backtest-status', note('policy.bt.badLast', {}, 'pol-warn-note'));
    $('backtest-last').focus();
    return;
  }
  const draftId = state.draft.draftId;
  busy($('backtest-submit'), true);
  say('backtest-status', note('policy.bt.running', {count: num(last)}));
  try {
    const report = await api('POST', '/v1/rules/backtest', {draftId, last});
    if (!state.draft || state.draft.draftId !== draftId) return;
    state.backtest = {report};
    say('backtest-status', note('policy.bt.done', {count: num(report.compared)}, 'pol-ok-note'));
    renderBacktest(state.backtest && state.backtest.report);
  } catch (err) {
    say('backtest-status', () => errorNode(err, 'policy.bt.failed'));
  } finally {
    busy($('backtest-submit'), false);
    if (state.draft) $('backtest-submit').disabled = !state.draft.valid;
  }
}

// ---- publish ----

async function publish(event) {
  event.preventDefault();
  const d = state.draft;
  if (!d) return;
  const reason = $('publish-reason').value.trim();
  if (!reason) {
    say('publish-status', note('policy.publish.needReason', {}, 'pol-warn-note'));
    $('publish-reason').focus();
    return;
  }
  busy($('publish-submit'), true);
  say('publish-status', note('policy.publish.running', {id: d.draftId}));
  try {
    const v = await api('POST', '/v1/rules/publish', {draftId: d.draftId, reason});
    say('publish-status', () => el('div', {class: 'pol-ok-note', id: 'publish-done'},
      el('p', {}, el('strong', {}, t('policy.publish.done', {version: v.version}))),
      keyValues([['policy.active.publishedAt', v.publishedAt ? formatTime(v.publishedAt) : null],
        ['policy.active.by', byLabel(v.by)], ['policy.active.reason', v.reason]], FACTS)));
    $('publish-reason').value = '';
    await loadRuleset();
  } catch (err) {
    say('publish-status', () => publishErrorNode(err, d, state.session, revalidate));
    if (err.status === 409) loadRuleset();
  } finally {
    busy($('publish-submit'), false);
  }
}

function revalidate() {
  const hasFiles = ($('upload-files').files || []).length > 0 || checkedRemovals().length > 0;
  if (hasFiles) {
    $('upload-form').requestSubmit();
  } else {
    say('upload-status', note('policy.upload.again', {}, 'pol-warn-note'));
  }
  $('upload-files').focus();
}

// ---- shadow run ----

async function shadowCall(method, body, quiet) {
  try {
    state.shadow = await api(method, '/v1/rules/shadow', body);
    say('shadow-status', null);
  } catch (err) {
    if (err.status === 404) {
      state.shadow = null;
      if (!quiet) say('shadow-status', note('policy.shadow.none'));
    } else if (!quiet) {
      say('shadow-status', () => errorNode(err, 'policy.shadow.failed'));
    }
  }
  renderShadow(state.shadow, state.draft);
}

function loadShadow(quiet) {
  return shadowCall('GET', undefined, quiet);
}

async function startShadow(event) {
  event.preventDefault();
  if (!state.draft) return;
  const minutes = Number($('shadow-minutes').value);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 10080) {
    say('shadow-status', note('policy.shadow.badMinutes', {}, 'pol-warn-note'));
    return;
  }
  busy($('shadow-start'), true);
  await shadowCall('POST', {draftId: state.draft.draftId, minutes});
  busy($('shadow-start'), false);
  $('shadow-start').disabled = !state.draft.valid;
}

// ---- language and start ----

function repaint() {
  document.documentElement.lang = lang();
  applyStrings(document);
  paintRuleset();
  renderPlan([...($('upload-files').files || [])], policyPaths(state.status, state.versions));
  paintRollbackTarget();
  paintDraft();
  renderDrlViewer(state.drl);
  messages.forEach((render, id) => fill(id, render()));
}

function start() {
  const session = requireRole('policy');
  if (!session) return;
  state.session = session;
  mountHeader('policy.title');
  document.documentElement.lang = lang();
  applyStrings(document);
  onLangChange(repaint);

  $('refresh-active').addEventListener('click', loadRuleset);
  $('refresh-versions').addEventListener('click', loadRuleset);
  $('rollback-form').addEventListener('submit', rollback);
  $('rollback-cancel').addEventListener('click', cancelRollback);
  $('rollback-form').addEventListener('keydown', (e) => { if (e.key === 'Escape') cancelRollback(); });
  $('generated-drl-close').addEventListener('click', closeDrl);
  $('upload-files').addEventListener('change', () =>
    renderPlan([...($('upload-files').files || [])], policyPaths(state.status, state.versions)));
  $('upload-form').addEventListener('submit', validate);
  $('open-draft-form').addEventListener('submit', (e) => {
    e.preventDefault();
    openDraft($('open-draft-id').value, 'open-draft-status');
  });
  $('backtest-form').addEventListener('submit', runBacktest);
  $('publish-form').addEventListener('submit', publish);
  $('shadow-form').addEventListener('submit', startShadow);
  $('shadow-refresh').addEventListener('click', () => loadShadow(false));
  $('shadow-stop').addEventListener('click', () => shadowCall('DELETE'));
  window.addEventListener('hashchange', () => {
    const id = draftFromHash();
    if (id && (!state.draft || state.draft.draftId !== id)) openDraft(id, 'open-draft-status');
  });

  paintRuleset();
  loadRuleset();
  const id = draftFromHash();
  if (id) {
    $('open-draft-id').value = id;
    openDraft(id, 'open-draft-status');
  }
}

start();
