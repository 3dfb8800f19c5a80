// How a draft compares with the ruleset in force, for a backtest or a shadow run: summary numbers, the
// outcome transition matrix, per-rule hit changes (table and hand-drawn SVG bar chart) and changed samples.
import {el, t} from './common.js';
import {num, pct, shorten, outcomeBadge, outcomeLabel, keyValues, svg, SVG_NS} from './ui.js';
import {fill, FACTS} from './policy-util.js';

export const OUTCOMES = ['allow', 'warn', 'escalate', 'block-payment', 'emergency-freeze'];

function changedShare(r) {
  if (!r || !r.compared) return null;
  return r.changed / r.compared;
}

/** The headline numbers of a comparison (works for the backtest and the shadow report). */
export function summary(r, extra) {
  return keyValues([
    ['policy.bt.liveVersion', r.liveVersion],
    ['policy.bt.candidateVersion', r.candidateVersion],
    ...(extra || []),
    ['policy.bt.read', r.read === undefined ? null : num(r.read)],
    ['policy.bt.compared', num(r.compared)],
    ['policy.bt.changed', num(r.changed)],
    ['policy.bt.changedPct', r.compared ? pct(changedShare(r)) : t('policy.undefined')],
    ['policy.bt.rulesChanged', num(r.rulesChanged)],
    ['policy.bt.withoutFacts', r.withoutFacts === undefined ? null : num(r.withoutFacts)],
  ], {...FACTS, class: 'pol-facts pol-summary'});
}

/** A clear note when records could not be replayed because they were kept without facts. */
export function withoutFactsNote(r) {
  if (!r || !r.withoutFacts) return null;
  const key = r.compared ? 'policy.bt.withoutFactsSome' : 'policy.bt.withoutFactsAll';
  return el('p', {class: 'pol-warn-note', id: 'backtest-without-facts'},
    t(key, {count: num(r.withoutFacts), read: num(r.read)}));
}

const QUALITY = ['labelled', 'flaggedFraud', 'flaggedFalsePositives', 'missedFraud', 'precision', 'recall'];

/** Precision and recall in force and under the draft, where feedback labels decisions. */
export function quality(r) {
  if (!r || !r.live || !r.candidate) return null;
  if (!r.live.labelled && !r.candidate.labelled) {
    return el('p', {class: 'pol-muted'}, t('policy.bt.noLabels'));
  }
  const cell = (q, k) => (k === 'precision' || k === 'recall'
    ? pct(q[k], {missing: t('policy.undefined')}) : num(q[k]));
  return el('table', {class: 'pol-table pol-quality'},
    el('caption', {}, t('policy.bt.quality')),
    el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, t('policy.bt.measure')),
      el('th', {scope: 'col'}, t('policy.bt.inForce')), el('th', {scope: 'col'}, t('policy.bt.draft')))),
    el('tbody', {}, QUALITY.map((k) => el('tr', {},
      el('th', {scope: 'row'}, t('policy.q.' + k)),
      el('td', {class: 'pol-num'}, cell(r.live, k)),
      el('td', {class: 'pol-num' + (r.live[k] !== r.candidate[k] ? ' pol-diff' : '')}, cell(r.candidate, k))))));
}

/** The transition matrix: rows are the outcome in force, columns the outcome of the draft. */
export function matrix(transitions) {
  const list = Array.isArray(transitions) ? transitions : [];
  const outcomes = OUTCOMES.slice();
  list.forEach((c) => {
    [c.from, c.to].forEach((o) => { if (!outcomes.includes(o)) outcomes.push(o); });
  });
  const count = {};
  list.forEach((c) => { count[c.from + '>' + c.to] = (count[c.from + '>' + c.to] || 0) + Number(c.count || 0); });
  const get = (a, b) => count[a + '>' + b] || 0;
  const rowTotal = (a) => outcomes.reduce((s, b) => s + get(a, b), 0);
  const colTotal = (b) => outcomes.reduce((s, a) => s + get(a, b), 0);
  const all = outcomes.reduce((s, a) => s + rowTotal(a), 0);
  if (all === 0) return el('p', {class: 'pol-muted'}, t('policy.bt.noTransitions'));
  return el('table', {class: 'pol-table pol-matrix'},
    el('caption', {}, t('policy.bt.matrixCaption')),
    el('thead', {}, el('tr', {},
      el('th', {scope: 'col', class: 'pol-corner'}, t('policy.bt.matrixCorner')),
      outcomes.map((o) => el('th', {scope: 'col'}, outcomeBadge(o, 'policy'))),
      el('th', {scope: 'col'}, t('policy.bt.total')))),
    el('tbody', {}, outcomes.map((a) => el('tr', {},
      el('th', {scope: 'row'}, outcomeBadge(a, 'policy')),
      outcomes.map((b) => {
        const n = get(a, b);
        const changed = a !== b && n > 0;
        const cls = 'pol-num ' + (changed ? 'pol-cell-changed' : a === b ? 'pol-cell-same' : 'pol-cell-zero');
        return el('td', {class: cls, 'data-from': a, 'data-to': b, 'data-count': String(n),
          title: changed ? t('policy.bt.cellChanged', {count: num(n), from: outcomeLabel(a), to: outcomeLabel(b)}) : null},
        changed ? el('strong', {}, num(n)) : num(n));
      }),
      el('td', {class: 'pol-num pol-total'}, num(rowTotal(a)))))),
    el('tfoot', {}, el('tr', {},
      el('th', {scope: 'row'}, t('policy.bt.total')),
      outcomes.map((b) => el('td', {class: 'pol-num pol-total'}, num(colTotal(b)))),
      el('td', {class: 'pol-num pol-total'}, num(all)))));
}

/** Per-rule hits in force and under the draft, largest difference first (as the server orders them). */
export function ruleHitsTable(rules) {
  const list = Array.isArray(rules) ? rules : [];
  if (list.length === 0) return el('p', {class: 'pol-muted'}, t('policy.bt.noRules'));
  return el('table', {class: 'pol-table pol-rule-hits'},
    el('caption', {}, t('policy.bt.rulesCaption', {count: num(list.length)})),
    el('thead', {}, el('tr', {},
      el('th', {scope: 'col'}, t('policy.bt.rule')),
      el('th', {scope: 'col'}, t('policy.bt.hitsInForce')),
      el('th', {scope: 'col'}, t('policy.bt.hitsDraft')),
      el('th', {scope: 'col'}, t('policy.bt.difference')))),
    el('tbody', {}, list.map((r) => {
      const d = Number(r.candidate || 0) - Number(r.live || 0);
      return el('tr', {class: d !== 0 ? 'pol-row-changed' : null, 'data-rule': r.rule},
        el('th', {scope: 'row', class: 'pol-mono pol-rule-name'}, r.rule),
        el('td', {class: 'pol-num'}, num(r.live)),
        el('td', {class: 'pol-num'}, num(r.candidate)),
        el('td', {class: 'pol-num ' + (d > 0 ? 'pol-up' : d < 0 ? 'pol-down' : '')},
          d > 0 ? '+' + num(d) : num(d)));
    })));
}

const CHART_MAX = 20;

/**
 * A grouped horizontal bar chart of rule hits before (in force) and after (draft), drawn as inline SVG,
 * with a title, a description listing every number and a visible caption.
 */
export function ruleHitsChart(rules, idPrefix) {
  const all = Array.isArray(rules) ? rules : [];
  if (all.length === 0) return el('p', {class: 'pol-muted'}, t('policy.bt.noRules'));
  const list = all.slice(0, CHART_MAX);
  const width = 760;
  const labelW = 250;
  const valueW = 70;
  const top = 40;
  const bar = 12;
  const group = 2 * bar + 12;
  const plotW = width - labelW - valueW;
  const height = top + list.length * group + 24;
  const max = Math.max(1, ...list.map((r) => Math.max(Number(r.live || 0), Number(r.candidate || 0))));
  const x = (v) => labelW + (Number(v || 0) / max) * plotW;
  const titleId = idPrefix + '-title';
  const descId = idPrefix + '-desc';
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(max * f));
  const chart = svg('svg', {xmlns: SVG_NS, viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img',
    'aria-labelledby': titleId + ' ' + descId, class: 'pol-chart', preserveAspectRatio: 'xMinYMin meet'},
  svg('title', {id: titleId}, t('policy.chart.title')),
  svg('desc', {id: descId}, list.map((r) => t('policy.chart.item',
    {rule: r.rule, live: num(r.live), candidate: num(r.candidate)})).join('; ')),
  // legend
  svg('rect', {x: labelW, y: 8, width: 14, height: 12, class: 'pol-bar-live'}),
  svg('text', {x: labelW + 20, y: 18, class: 'pol-chart-text'}, t('policy.bt.inForce')),
  svg('rect', {x: labelW + 140, y: 8, width: 14, height: 12, class: 'pol-bar-draft'}),
  svg('text', {x: labelW + 160, y: 18, class: 'pol-chart-text'}, t('policy.bt.draft')),
  // grid and axis
  [...new Set(ticks)].map((v) => [
    svg('line', {x1: x(v), x2: x(v), y1: top - 6, y2: height - 20, class: 'pol-chart-grid'}),
    svg('text', {x: x(v), y: height - 6, 'text-anchor': 'middle', class: 'pol-chart-tick'}, num(v))]),
  list.map((r, i) => {
    const y = top + i * group;
    return svg('g', {class: 'pol-chart-row'},
      svg('title', {}, t('policy.chart.item', {rule: r.rule, live: num(r.live), candidate: num(r.candidate)})),
      svg('text', {x: labelW - 8, y: y + bar + 4, 'text-anchor': 'end', class: 'pol-chart-text'}, shorten(r.rule, 34)),
      svg('rect', {x: labelW, y, width: Math.max(0, x(r.live) - labelW), height: bar, class: 'pol-bar-live'}),
      svg('text', {x: x(r.live) + 4, y: y + bar - 2, class: 'pol-chart-value'}, num(r.live)),
      svg('rect', {x: labelW, y: y + bar + 2, width: Math.max(0, x(r.candidate) - labelW), height: bar,
        class: 'pol-bar-draft'}),
      svg('text', {x: x(r.candidate) + 4, y: y + 2 * bar, class: 'pol-chart-value'}, num(r.candidate)));
  }));
  return [chart, el('figcaption', {class: 'pol-chart-caption'}, t('policy.chart.caption'),
    all.length > CHART_MAX ? ' ' + t('policy.chart.truncated', {shown: CHART_MAX, count: num(all.length)}) : '')];
}

/** Samples of changed decisions: what each gave in force and under the draft, and which rules moved. */
export function samples(list) {
  const items = Array.isArray(list) ? list : [];
  if (items.length === 0) return el('p', {class: 'pol-muted'}, t('policy.bt.noSamples'));
  const rules = (names) => (names && names.length
    ? el('ul', {class: 'pol-inline-list'}, names.map((n) => el('li', {class: 'pol-mono'}, n))) : '—');
  return el('table', {class: 'pol-table pol-samples'},
    el('caption', {}, t('policy.bt.samplesCaption', {count: num(items.length)})),
    el('thead', {}, el('tr', {},
      el('th', {scope: 'col'}, t('policy.bt.decisionId')),
      el('th', {scope: 'col'}, t('policy.bt.subject')),
      el('th', {scope: 'col'}, t('policy.bt.inForce')),
      el('th', {scope: 'col'}, t('policy.bt.draft')),
      el('th', {scope: 'col'}, t('policy.bt.rulesAdded')),
      el('th', {scope: 'col'}, t('policy.bt.rulesRemoved')))),
    el('tbody', {}, items.map((x) => el('tr', {},
      el('td', {class: 'pol-mono'}, x.decisionId),
      el('td', {}, x.subject ? t('policy.subject.' + x.subject) : '—'),
      el('td', {}, outcomeBadge(x.live, 'policy')),
      el('td', {}, outcomeBadge(x.candidate, 'policy')),
      el('td', {}, rules(x.rulesAdded)),
      el('td', {}, rules(x.rulesRemoved))))));
}

/** Fills the backtest area of the draft (hidden while there is no report). */
export function renderBacktest(r) {
  const box = document.getElementById('backtest');
  if (box) box.hidden = !r;
  const parts = {
    'backtest-summary': () => summary(r),
    'backtest-facts-note': () => withoutFactsNote(r),
    'backtest-quality': () => quality(r),
    'backtest-matrix': () => matrix(r.transitions),
    'rule-hits': () => ruleHitsTable(r.rules),
    'rule-hits-chart': () => ruleHitsChart(r.rules, 'rule-hits-chart'),
    'backtest-samples': () => samples(r.samples),
  };
  Object.entries(parts).forEach(([id, make]) => fill(id, r ? make() : null));
}
