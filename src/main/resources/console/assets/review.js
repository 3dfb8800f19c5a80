// The review console: the list of blameless reviews, the selected review with its decision and feedback, the
// blameless review form, releasing a freeze with a review note, and the rules report (review-report.js).
import {requireRole, api, mountHeader, addStrings, t, applyStrings, onLangChange, formatTime, el} from './common.js';
import {STRINGS} from './review-strings.js';
import {outcomeBadge} from './ui.js';
import {tOr, problemText, setMessage, refreshMessages} from './review-util.js';
import {initForms, fillForm, resetRelease} from './review-forms.js';
import {summary, decisionPart, feedbackPart, freezePart, actorText, subjectText} from './review-detail.js';
import {initReport, renderReport} from './review-report.js';

const $ = id => document.getElementById(id);
const enc = encodeURIComponent;

const state = {
  reviews: [],
  list: {kind: 'loading'},
  selected: null,   // the review shown
  token: 0,         // changes with each selection, so late answers for another review are dropped
  decision: {kind: 'none'},
  freeze: null,     // null when the review is not about a freeze
  released: null,   // the answer of a release made from this page for the selected review
};
let listToken = 0;

/* -------------------------------------------------- decisions, read at most four at a time and cached */

const decisions = new Map();
const waiting = [];
let running = 0;

function pump() {
  while (running < 4 && waiting.length) {
    const {job, resolve, reject} = waiting.shift();
    running++;
    job().then(resolve, reject).finally(() => {
      running--;
      pump();
    });
  }
}

function decisionOf(id, urgent = false) {
  let p = decisions.get(id);
  if (!p) {
    p = new Promise((resolve, reject) => {
      const entry = {job: () => api('GET', `/v1/decisions/${enc(id)}`), resolve, reject};
      if (urgent) {
        waiting.unshift(entry);
      } else {
        waiting.push(entry);
      }
      pump();
    }).catch(e => {
      if (e && e.status === 404) {
        return null;
      }
      decisions.delete(id);
      throw e;
    });
    decisions.set(id, p);
  }
  return p;
}

/* ------------------------------------------------------------------------------------------ the list */

const COLUMNS = ['review', 'trigger', 'subject', 'decision', 'outcome', 'ruleset', 'opened', 'actor', 'status'];

async function loadReviews() {
  const token = ++listToken;
  const status = $('review-status').value;
  state.list = {kind: 'loading'};
  setMessage('review-list-status', () => t('review.list.loading'));
  try {
    const answer = await api('GET', status === 'all' ? '/v1/reviews' : `/v1/reviews?status=${enc(status)}`);
    if (token !== listToken) {
      return;
    }
    state.reviews = Array.isArray(answer && answer.reviews) ? answer.reviews : [];
    state.list = {kind: 'ok'};
  } catch (e) {
    if (token !== listToken) {
      return;
    }
    state.reviews = [];
    state.list = {kind: 'error', error: e};
  }
  renderList();
}

function renderList() {
  const box = $('open-reviews');
  if (state.list.kind === 'error') {
    setMessage('review-list-status', () => problemText(state.list.error), 'error');
    box.replaceChildren();
    return;
  }
  if (state.list.kind === 'loading') {
    return;
  }
  const n = state.reviews.length;
  setMessage('review-list-status', () => (n ? `${t('review.list.count', {n})} ${t('review.list.hint')}`
    : t('review.list.empty')));
  if (!n) {
    box.replaceChildren();
    return;
  }
  if (rowObserver) {
    rowObserver.disconnect();
  }
  const selectedId = state.selected && state.selected.reviewId;
  const focusId = state.reviews.some(r => r.reviewId === selectedId) ? selectedId : state.reviews[0].reviewId;
  box.replaceChildren(el('table', {class: 'rv-table rv-reviews'},
      el('caption', {class: 'rv-sr-only'}, t('review.list.heading')),
      el('thead', {}, el('tr', {}, COLUMNS.map(c => el('th', {scope: 'col'}, t(`review.col.${c}`))))),
      el('tbody', {}, state.reviews.map(r => row(r, r.reviewId === selectedId, r.reviewId === focusId)))));
}

function row(r, selected, focusable) {
  const subject = el('td', {class: 'rv-subject'},
      r.decisionId ? t('review.loading') : r.accountId ? t('review.subject.account', {id: r.accountId}) : '—');
  const outcome = el('td', {class: 'rv-outcome-cell'}, r.decisionId ? '…' : outcomeBadge(null, 'review'));
  const tr = el('tr', {
    class: selected ? 'review-row rv-selected' : 'review-row', 'data-review-id': r.reviewId,
    'data-trigger': r.trigger, 'data-status': r.status, tabindex: focusable ? '0' : '-1',
    'aria-current': selected ? 'true' : null, onclick: () => select(r.reviewId), onkeydown: rowKey,
  },
  el('th', {scope: 'row'}, el('code', {}, r.reviewId)),
  el('td', {}, tOr(`review.trigger.${r.trigger}`, r.trigger)),
  subject,
  el('td', {}, r.decisionId ? el('code', {class: 'rv-id'}, r.decisionId) : '—'),
  outcome,
  el('td', {}, el('code', {}, r.ruleset || '—')),
  el('td', {class: 'rv-nowrap'}, formatTime(r.openedAt)),
  el('td', {}, actorText(r.actor)),
  el('td', {}, el('span', {class: 'rv-status', 'data-status': r.status}, tOr(`review.status.${r.status}`, r.status))));
  if (r.decisionId) {
    whenShown(tr, () => decisionOf(r.decisionId).then(record => {
      const d = record && record.decision;
      subject.replaceChildren(d ? subjectText(d) || '—'
        : r.accountId ? t('review.subject.account', {id: r.accountId}) : t('review.notInLog'));
      outcome.replaceChildren(outcomeBadge(d && d.outcome, 'review'));
    }, () => {
      subject.replaceChildren(r.accountId ? t('review.subject.account', {id: r.accountId}) : '—');
      outcome.replaceChildren(outcomeBadge(null, 'review'));
    }));
  }
  return tr;
}

/** Rows read their decision only once they scroll into view, so a long list does not read the whole log. */
const pendingRows = new WeakMap();
let rowObserver = null;

function whenShown(tr, fill) {
  if (typeof IntersectionObserver !== 'function') {
    fill();
    return;
  }
  if (!rowObserver) {
    rowObserver = new IntersectionObserver(entries => {
      for (const entry of entries) {
        if (entry.isIntersecting) {
          rowObserver.unobserve(entry.target);
          const run = pendingRows.get(entry.target);
          pendingRows.delete(entry.target);
          if (run) {
            run();
          }
        }
      }
    }, {root: $('open-reviews'), rootMargin: '200px 0px'});
  }
  pendingRows.set(tr, fill);
  rowObserver.observe(tr);
}

function rowKey(ev) {
  const tr = ev.currentTarget;
  let next = null;
  if (ev.key === 'Enter' || ev.key === ' ') {
    ev.preventDefault();
    select(tr.dataset.reviewId);
    return;
  } else if (ev.key === 'ArrowDown') {
    next = tr.nextElementSibling;
  } else if (ev.key === 'ArrowUp') {
    next = tr.previousElementSibling;
  } else if (ev.key === 'Home') {
    next = tr.parentElement.firstElementChild;
  } else if (ev.key === 'End') {
    next = tr.parentElement.lastElementChild;
  }
  if (next) {
    ev.preventDefault();
    tr.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    next.focus();
  }
}

function markSelectedRow() {
  const id = state.selected && state.selected.reviewId;
  document.querySelectorAll('#open-reviews .review-row').forEach(tr => {
    const on = tr.dataset.reviewId === id;
    tr.classList.toggle('rv-selected', on);
    if (on) {
      tr.setAttribute('aria-current', 'true');
    } else {
      tr.removeAttribute('aria-current');
    }
  });
}

/* ------------------------------------------------------------------------------- the selected review */

const freezeApplies = r => r.trigger === 'freeze' && !!r.accountId;

function select(id) {
  const review = state.reviews.find(r => r.reviewId === id);
  if (!review) {
    return;
  }
  const token = ++state.token;
  state.selected = review;
  state.decision = review.decisionId ? {kind: 'loading'} : {kind: 'none'};
  state.freeze = freezeApplies(review) ? {kind: 'loading'} : null;
  state.released = null;
  fillForm(review);
  resetRelease();
  markSelectedRow();
  renderDetail();
  if (review.decisionId) {
    decisions.delete(review.decisionId); // read afresh: the decision's latest feedback may have changed
    decisionOf(review.decisionId, true).then(
        record => (record ? {kind: 'ok', record} : {kind: 'notFound'}),
        error => ({kind: 'error', error})).then(next => {
      if (token === state.token) {
        state.decision = next;
        renderDetail();
      }
    });
  }
  if (state.freeze) {
    checkFreeze(review, token);
  }
}

async function checkFreeze(review, token) {
  let next;
  try {
    next = {kind: 'ok', data: await api('GET', `/v1/freezes/${enc(review.accountId)}`)};
  } catch (error) {
    next = {kind: 'error', error};
  }
  if (token === state.token) {
    state.freeze = next;
    renderDetail();
  }
}

function renderDetail() {
  const r = state.selected;
  $('review-empty').hidden = !!r;
  $('review-detail-heading').textContent = r ? t('review.detail.heading', {id: r.reviewId}) : t('review.col.review');
  $('review-summary').replaceChildren(...(r ? [summary(r)] : []));
  $('review-decision').replaceChildren(...(r ? decisionPart(state.decision) : []));
  $('review-feedback').replaceChildren(...(r ? feedbackPart(state.decision) : []));
  const freeze = $('review-freeze');
  freeze.hidden = !(r && state.freeze);
  $('review-freeze-info').replaceChildren(...(r && state.freeze ? freezePart(state.freeze, r.accountId) : []));
  const standing = state.freeze && state.freeze.kind === 'ok' && state.freeze.data
    && state.freeze.data.status === 'active';
  $('release-form').hidden = !(r && state.freeze && (standing || state.released));
  $('review-form').hidden = !r;
}

/* ---------------------------------------------------------------------------------------- start */

function start() {
  addStrings(STRINGS);
  if (!requireRole('reviewer')) {
    return;
  }
  mountHeader('review.title');
  applyStrings(document.body);
  $('review-status').addEventListener('change', loadReviews);
  $('review-refresh').addEventListener('click', () => {
    decisions.clear();
    loadReviews();
  });
  initForms({state, renderDetail, loadReviews, checkFreeze});
  onLangChange(() => {
    applyStrings(document.body);
    renderList();
    renderDetail();
    renderReport();
    refreshMessages();
  });
  renderDetail();
  loadReviews();
  initReport();
}

start();
