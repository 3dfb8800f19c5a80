// The writing parts of the review console: the blameless review form (POST /v1/reviews/{id}) and the release
// of a freeze with a review note (POST /v1/freezes/{accountId}/release).
import {api, t, formatTime, problemParts} from './common.js';
import {FACTORS} from './review-strings.js';
import {problemText, setMessage} from './review-util.js';

const $ = id => document.getElementById(id);
const enc = encodeURIComponent;

/** What the page shares with the forms: its state and how to draw the review and the list again. */
let page = null;

export function initForms(context) {
  page = context;
  $('review-form').addEventListener('submit', saveReview);
  $('release-form').addEventListener('submit', releaseFreeze);
}

/* ------------------------------------------------------------------------------------ the review form */

export function fillForm(r) {
  $('review-what-happened').value = r.whatHappened || '';
  const factors = new Set(r.contributingFactors || []);
  for (const f of FACTORS) {
    $(`factor-${f}`).checked = factors.has(f);
  }
  $('review-lessons').value = r.lessons || '';
  $('review-follow-ups').value = (r.followUps || []).join('\n');
  $('review-close').checked = r.status === 'closed';
  for (const id of ['review-what-happened', 'review-lessons', 'review-follow-ups']) {
    $(id).removeAttribute('aria-invalid');
  }
  $('review-submit').disabled = false;
  setMessage('review-status-message', null);
}

/** The first problem the server would refuse, with the field it is in; null when there is none. */
function formProblem(what, lessons, followUps) {
  if (what.length > 8000) {
    return ['review-what-happened', () => t('review.form.tooLong',
        {field: t('review.form.whatHappened'), max: '8,000', n: what.length})];
  }
  if (lessons.length > 8000) {
    return ['review-lessons', () => t('review.form.tooLong',
        {field: t('review.form.lessons'), max: '8,000', n: lessons.length})];
  }
  if (followUps.length > 50) {
    return ['review-follow-ups', () => t('review.form.tooManyFollowUps', {n: followUps.length})];
  }
  const long = followUps.findIndex(f => f.length > 2000);
  if (long >= 0) {
    return ['review-follow-ups', () => t('review.form.followUpTooLong', {i: long + 1})];
  }
  return null;
}

async function saveReview(ev) {
  ev.preventDefault();
  const r = page.state.selected;
  if (!r) {
    return;
  }
  const what = $('review-what-happened').value.trim();
  const lessons = $('review-lessons').value.trim();
  const followUps = $('review-follow-ups').value.split(/\r?\n/).map(s => s.trim()).filter(Boolean);
  for (const id of ['review-what-happened', 'review-lessons', 'review-follow-ups']) {
    $(id).removeAttribute('aria-invalid');
  }
  const problem = formProblem(what, lessons, followUps);
  if (problem) {
    $(problem[0]).setAttribute('aria-invalid', 'true');
    setMessage('review-status-message', problem[1], 'error');
    $(problem[0]).focus();
    return;
  }
  const body = {
    whatHappened: what,
    contributingFactors: FACTORS.filter(f => $(`factor-${f}`).checked),
    lessons,
    followUps,
    status: $('review-close').checked ? 'closed' : 'open',
  };
  const token = page.state.token;
  $('review-submit').disabled = true;
  setMessage('review-status-message', () => t('review.form.saving'));
  try {
    const saved = await api('POST', `/v1/reviews/${enc(r.reviewId)}`, body);
    if (token !== page.state.token) {
      return;
    }
    page.state.selected = saved;
    page.state.reviews = page.state.reviews.map(x => (x.reviewId === saved.reviewId ? saved : x));
    fillForm(saved);
    setMessage('review-status-message', () => t(saved.status === 'closed' ? 'review.form.savedClosed'
      : 'review.form.saved', {time: formatTime(saved.updatedAt)}), 'ok');
    page.renderDetail();
    page.loadReviews();
  } catch (e) {
    if (token !== page.state.token) {
      return;
    }
    for (const fe of problemParts(e).fields) {
      const id = {whatHappened: 'review-what-happened', lessons: 'review-lessons'}[fe.field]
        || (String(fe.field).startsWith('followUps') ? 'review-follow-ups' : null);
      if (id) {
        $(id).setAttribute('aria-invalid', 'true');
      }
    }
    setMessage('review-status-message', () => t('review.form.failed', {error: problemText(e)}), 'error');
  } finally {
    if (token === page.state.token) {
      $('review-submit').disabled = false;
    }
  }
}

/* ---------------------------------------------------------------------------- releasing the freeze */

export function resetRelease() {
  const note = $('release-note');
  note.value = '';
  note.disabled = false;
  note.removeAttribute('aria-invalid');
  $('release-submit').disabled = false;
  setMessage('release-status', null);
}

async function releaseFreeze(ev) {
  ev.preventDefault();
  const r = page.state.selected;
  if (!r || !r.accountId || page.state.released || $('release-form').hidden) {
    return;
  }
  const noteField = $('release-note');
  const note = noteField.value.trim();
  if (!note || note.length > 4000) {
    noteField.setAttribute('aria-invalid', 'true');
    const n = note.length;
    setMessage('release-status', () => (n ? t('review.release.noteTooLong', {n}) : t('review.release.noteRequired')),
        'error');
    noteField.focus();
    return;
  }
  noteField.removeAttribute('aria-invalid');
  const token = page.state.token;
  $('release-submit').disabled = true;
  setMessage('release-status', () => t('review.release.sending'));
  try {
    const answer = await api('POST', `/v1/freezes/${enc(r.accountId)}/release`, {note});
    if (token !== page.state.token) {
      return;
    }
    page.state.released = answer || {};
    page.state.freeze = {kind: 'ok', data: {accountId: r.accountId, status: 'none'}};
    noteField.disabled = true;
    const account = (answer && answer.accountId) || r.accountId;
    setMessage('release-status', () => t('review.release.done', {account}), 'ok');
    page.renderDetail();
  } catch (e) {
    if (token !== page.state.token) {
      return;
    }
    $('release-submit').disabled = false;
    if (e && e.status === 422) {
      noteField.setAttribute('aria-invalid', 'true');
    }
    setMessage('release-status', () => t('review.release.failed', {error: problemText(e)}), 'error');
    if (e && e.status === 404) {
      page.checkFreeze(r, token);
    }
  }
}
