// The shadow run report of a draft, and what a refused publish means in plain words.
import {t, formatTime} from './common.js';
import {h, fill, num, errorNode} from './policy-util.js';
import {summary, matrix, ruleHitsTable, samples} from './policy-compare.js';
import {byLabel} from './policy-ruleset.js';

/** Fills #shadow-report with the run going on or the last one; notes when it is for another draft. */
export function renderShadow(r, draft) {
  if (!r) {
    fill('shadow-report', null);
    return;
  }
  const own = draft && r.draftId === draft.draftId;
  fill('shadow-report',
    own ? null : h('p', {class: 'pol-warn-note'}, t('policy.shadow.otherDraft', {id: r.draftId})),
    summary(r, [
      ['policy.shadow.status', t('policy.shadow.status.' + r.status)],
      ['policy.shadow.draftId', r.draftId],
      ['policy.shadow.startedAt', r.startedAt ? formatTime(r.startedAt) : null],
      ['policy.shadow.endsAt', r.endsAt ? formatTime(r.endsAt) : null],
      ['policy.shadow.by', byLabel(r.by)],
      ['policy.shadow.skipped', num(r.skipped)]]),
    h('h4', {}, t('policy.bt.matrixHeading')), matrix(r.transitions),
    h('h4', {}, t('policy.bt.rulesHeading')), ruleHitsTable(r.rules),
    h('h4', {}, t('policy.bt.samplesHeading')), samples(r.samples));
}

/**
 * Why a publish was refused: 403 four-eyes (the drafter cannot publish), 409 another version went into
 * force since the draft was made (offer to validate again), 422 the draft's problems, 404 no such draft.
 */
export function publishErrorNode(err, draft, session, onRevalidate) {
  const p = err && err.problem;
  const detail = p && p.detail ? h('p', {class: 'pol-muted'}, p.detail) : null;
  if (err.status === 403) {
    const fourEyes = (p && /four-eyes/i.test(p.detail || '')) || (session && draft.by === session.who);
    if (!fourEyes) return errorNode(err, 'policy.publish.forbidden');
    return h('div', {class: 'pol-error', id: 'publish-four-eyes'},
      h('p', {}, h('strong', {}, t('policy.publish.fourEyes'))),
      h('p', {}, t('policy.publish.fourEyesHow', {id: draft.draftId})), detail);
  }
  if (err.status === 409) {
    return h('div', {class: 'pol-error', id: 'publish-conflict'},
      h('p', {}, h('strong', {}, t('policy.publish.conflict'))), detail,
      h('p', {}, h('button', {type: 'button', id: 'revalidate', class: 'btn', onclick: onRevalidate},
        t('policy.publish.revalidate'))));
  }
  if (err.status === 422) return errorNode(err, 'policy.publish.problems');
  if (err.status === 404) return errorNode(err, 'policy.publish.notFound', {id: draft.draftId});
  return errorNode(err, 'policy.publish.failed');
}
