// The shadow run report of a draft, and what a refused publish means in plain words.
import {el, t, formatTime, problemParts} from './common.js';
import {num} from './ui.js';
import {fill, errorNode} from './policy-util.js';
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
    own ? null : el('p', {class: 'pol-warn-note'}, t('policy.shadow.otherDraft', {id: r.draftId})),
    summary(r, [
      ['policy.shadow.status', t('policy.shadow.status.' + r.status)],
      ['policy.shadow.draftId', r.draftId],
      ['policy.shadow.startedAt', r.startedAt ? formatTime(r.startedAt) : null],
      ['policy.shadow.endsAt', r.endsAt ? formatTime(r.endsAt) : null],
      ['policy.shadow.by', byLabel(r.by)],
      ['policy.shadow.skipped', num(r.skipped)]]),
    el('h4', {}, t('policy.bt.matrixHeading')), matrix(r.transitions),
    el('h4', {}, t('policy.bt.rulesHeading')), ruleHitsTable(r.rules),
    el('h4', {}, t('policy.bt.samplesHeading')), samples(r.samples));
}

/**
 * Why a publish was refused: 403 four-eyes (the drafter cannot publish), 409 another version went into
 * force since the draft was made (offer to validate again), 422 the draft's problems, 404 no such draft.
 */
export function publishErrorNode(err, draft, session, onRevalidate) {
  const said = problemParts(err).detail;
  const detail = said ? el('p', {class: 'pol-muted'}, said) : null;
  if (err.status === 403) {
    const fourEyes = /four-eyes/i.test(said) || (session && draft.by === session.who);
    if (!fourEyes) return errorNode(err, 'policy.publish.forbidden');
    return el('div', {class: 'pol-error', id: 'publish-four-eyes'},
      el('p', {}, el('strong', {}, t('policy.publish.fourEyes'))),
      el('p', {}, t('policy.publish.fourEyesHow', {id: draft.draftId})), detail);
  }
  if (err.status === 409) {
    return el('div', {class: 'pol-error', id: 'publish-conflict'},
      el('p', {}, el('strong', {}, t('policy.publish.conflict'))), detail,
      el('p', {}, el('button', {type: 'button', id: 'revalidate', class: 'btn', onclick: onRevalidate},
        t('policy.publish.revalidate'))));
  }
  if (err.status === 422) return errorNode(err, 'policy.publish.problems');
  if (err.status === 404) return errorNode(err, 'policy.publish.notFound', {id: draft.draftId});
  return errorNode(err, 'policy.publish.failed');
}
