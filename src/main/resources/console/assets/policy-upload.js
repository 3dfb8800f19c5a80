// Choosing what a draft changes: where each uploaded file goes in the policy and which files it removes.
import {el, t} from './common.js';
import {fill} from './policy-util.js';

function baseName(path) {
  const p = String(path || '').replace(/\\/g, '/');
  return p.slice(p.lastIndexOf('/') + 1);
}

/**
 * The policy path an uploaded file goes to: the path of the file in force with the same name (so it
 * replaces it), otherwise the area its kind belongs to, as frontline files an upload without a path.
 */
export function destination(fileName, known) {
  const name = baseName(fileName);
  const same = (known || []).filter((p) => baseName(p) === name);
  if (same.length === 1) return same[0];
  const lower = name.toLowerCase();
  if (lower.endsWith('.drl')) return 'rules/' + name;
  if (lower.endsWith('.json')) return 'scenarios/' + name;
  return 'decision-tables/' + name;
}

/** Lists where each chosen file will go and whether it adds or replaces a file. */
export function renderPlan(files, known) {
  if (!files || files.length === 0) {
    fill('upload-plan', null);
    return;
  }
  const knownSet = new Set(known || []);
  fill('upload-plan', el('ul', {class: 'pol-plan'}, files.map((f) => {
    const dest = destination(f.name, known);
    return el('li', {},
      el('span', {class: 'pol-mono'}, f.name), ' → ', el('span', {class: 'pol-mono'}, dest), ' ',
      el('span', {class: 'pol-pill pol-pill-muted'}, t(knownSet.has(dest) ? 'policy.upload.replaces' : 'policy.upload.adds')));
  })));
}

/** Check boxes for the files in force, so a draft can remove some; checked ones stay checked across repaints. */
export function renderRemoveList(paths, removals) {
  if (!paths || paths.length === 0) {
    fill('remove-list', el('p', {class: 'pol-muted'}, t('policy.upload.removeNone')));
    return;
  }
  fill('remove-list', el('ul', {class: 'pol-checks'}, paths.map((p, i) => {
    const id = 'remove-file-' + i;
    return el('li', {},
      el('input', {type: 'checkbox', id, class: 'remove-file', name: 'remove', value: p, checked: removals.has(p),
        onchange: (e) => { if (e.currentTarget.checked) removals.add(p); else removals.delete(p); }}),
      el('label', {for: id, class: 'pol-mono'}, p));
  })));
  document.querySelectorAll('#remove-list .remove-file').forEach((box) => { box.checked = removals.has(box.value); });
}

export function checkedRemovals() {
  return [...document.querySelectorAll('#remove-list .remove-file:checked')].map((box) => box.value);
}
