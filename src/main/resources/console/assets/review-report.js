// The rules report of the review console: GET /v1/reports/rules as a table per rule and ruleset version, and
// hits and feedback per rule as a bar chart drawn in inline SVG; the same counts per day are the trend
// (review-trend.js). It counts rules, never people.
import {api, el, t} from './common.js';
import {OUTCOMES} from './review-strings.js';
import {num, pct, shorten, outcomeBadge, svg} from './ui.js';
import {problemText, ruleName, SERIES, ticks} from './review-util.js';
import {initTrend, loadTrend, renderTrend} from './review-trend.js';

const $ = id => document.getElementById(id);

/** At most this many rules are drawn; the table and the text alternative list them all. */
const CAP = 30;

const report = {kind: 'loading', rows: [], error: null};
let token = 0;

export function initReport() {
  $('report-ruleset').addEventListener('change', renderReport);
  $('report-refresh').addEventListener('click', loadReport);
  initTrend();
  loadReport();
}

async function loadReport() {
  loadTrend(); // the same report per day, read alongside; it shows its own state
  const mine = ++token;
  report.kind = 'loading';
  renderReport();
  try {
    const answer = await api('GET', '/v1/reports/rules');
    if (mine !== token) {
      return;
    }
    report.rows = Array.isArray(answer && answer.rules) ? answer.rules : [];
    report.kind = 'ok';
  } catch (e) {
    if (mine !== token) {
      return;
    }
    report.rows = [];
    report.kind = 'error';
    report.error = e;
  }
  renderReport();
}

function status(text, kind = '') {
  const node = $('rule-report-status');
  node.textContent = text;
  node.className = `rv-message${kind ? ` rv-message-${kind}` : ''}`;
}

/** Draws the report again from what was read last (on a language change, or another ruleset version chosen). */
export function renderReport() {
  fillVersions();
  renderTrend();
  if (report.kind === 'loading') {
    status(t('review.report.loading'));
    return;
  }
  if (report.kind === 'error') {
    status(problemText(report.error), 'error');
    $('rule-chart').replaceChildren();
    $('rule-table-wrap').replaceChildren();
    return;
  }
  const scope = $('report-ruleset').value;
  const rows = scope ? report.rows.filter(r => r.ruleset === scope) : report.rows;
  status(rows.length ? '' : t('review.report.empty'));
  renderChart(rows, scope);
  renderTable(rows);
}

function fillVersions() {
  const select = $('report-ruleset');
  const current = select.value;
  const versions = [...new Set(report.rows.map(r => r.ruleset))].sort();
  select.replaceChildren(el('option', {value: ''}, t('review.report.allVersions')),
      ...versions.map(v => el('option', {value: v}, v)));
  select.value = versions.includes(current) ? current : '';
}

/* ----------------------------------------------------------------------------------------- chart */

function perRule(rows) {
  const byRule = new Map();
  for (const r of rows) {
    const sum = byRule.get(r.rule) || {rule: r.rule, hits: 0, overrides: 0, fraudConfirmed: 0, falsePositives: 0};
    for (const s of SERIES) {
      sum[s.key] += Number(r[s.key]) || 0;
    }
    byRule.set(r.rule, sum);
  }
  return [...byRule.values()].sort((a, b) => b.hits - a.hits || a.rule.localeCompare(b.rule));
}

function renderChart(rows, scope) {
  const box = $('rule-chart');
  const all = perRule(rows);
  const scopeText = scope ? t('review.chart.scopeOne', {version: scope}) : t('review.chart.scopeAll');
  const caption = t('review.chart.caption', {scope: scopeText});
  const title = el('h3', {class: 'rv-subheading'}, t('review.chart.heading'));
  if (!all.length) {
    box.replaceChildren(el('figcaption', {}, title), el('p', {class: 'rv-muted'}, t('review.chart.empty')));
    return;
  }
  const shown = all.slice(0, CAP);
  const W = 960;
  const LABEL = 280;
  const RIGHT = 60;
  const TOP = 30;
  const BAR = 10;
  const GAP = 2;
  const GROUP = SERIES.length * BAR + (SERIES.length - 1) * GAP;
  const PAD = 16;
  const H = TOP + shown.length * (GROUP + PAD) + 4;
  const grid = ticks(Math.max(1, ...shown.map(a => Math.max(...SERIES.map(s => a[s.key])))));
  const top = grid[grid.length - 1];
  const x = v => LABEL + (v / top) * (W - LABEL - RIGHT);

  const axis = grid.map(v => svg('g', {class: 'rv-chart-tick'},
      svg('line', {x1: x(v), x2: x(v), y1: TOP - 6, y2: H - 4, stroke: '#d5d9df', 'stroke-width': 1}),
      svg('text', {x: x(v), y: TOP - 12, 'text-anchor': 'middle', 'font-size': 11, fill: '#3d4450'}, num(v))));
  const groups = shown.map((a, i) => {
    const y0 = TOP + i * (GROUP + PAD) + PAD / 2;
    const name = ruleName(a.rule);
    return svg('g', {class: 'rv-chart-rule', 'data-rule': a.rule},
        svg('text', {x: LABEL - 8, y: y0 + GROUP / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle',
          'font-size': 12, fill: '#1a1d23'}, svg('title', {}, name), shorten(name, 38)),
        SERIES.map((s, j) => {
          const y = y0 + j * (BAR + GAP);
          const v = a[s.key];
          const w = v > 0 ? Math.max(2, x(v) - LABEL) : 0;
          return svg('g', {class: 'rv-chart-bar', 'data-series': s.key, 'data-value': v},
              svg('rect', {x: LABEL, y, width: w, height: BAR, fill: s.color},
                  svg('title', {}, `${name} — ${t(`review.chart.series.${s.key}`)}: ${num(v)}`)),
              svg('text', {x: LABEL + w + 4, y: y + BAR / 2, 'dominant-baseline': 'middle', 'font-size': 10,
                fill: '#1a1d23'}, num(v)));
        }));
  });
  const chart = svg('svg', {
    viewBox: `0 0 ${W} ${H}`, width: '100%', class: 'rv-chart', role: 'img',
    'aria-labelledby': 'rule-chart-title rule-chart-desc', preserveAspectRatio: 'xMinYMin meet',
  },
  svg('title', {id: 'rule-chart-title'}, t('review.chart.heading')),
  svg('desc', {id: 'rule-chart-desc'}, caption),
  axis,
  svg('line', {x1: LABEL, x2: LABEL, y1: TOP - 6, y2: H - 4, stroke: '#4a515c', 'stroke-width': 1}),
  groups);

  const legend = el('ul', {class: 'rv-legend', 'aria-label': t('review.chart.legend')},
      SERIES.map(s => el('li', {}, el('span', {class: `rv-swatch rv-swatch-${s.key}`, 'aria-hidden': 'true'}),
          t(`review.chart.series.${s.key}`))));
  const text = el('details', {class: 'rv-chart-text', id: 'rule-chart-text'},
      el('summary', {}, t('review.chart.textAlt')),
      el('ul', {}, all.map(a => el('li', {}, t('review.chart.row', {
        rule: ruleName(a.rule), hits: num(a.hits), overrides: num(a.overrides), fraud: num(a.fraudConfirmed),
        falsePositives: num(a.falsePositives),
      })))));
  box.replaceChildren(el('figcaption', {}, title, el('p', {class: 'rv-chart-caption'}, caption)), legend,
      el('div', {class: 'rv-chart-scroll'}, chart),
      ...(all.length > CAP ? [el('p', {class: 'rv-muted'}, t('review.chart.capped', {n: CAP}))] : []),
      text);
}

/* ----------------------------------------------------------------------------------------- table */

function renderTable(rows) {
  const wrap = $('rule-table-wrap');
  if (!rows.length) {
    wrap.replaceChildren();
    return;
  }
  const th = (key, extra = {}) => el('th', {scope: 'col', rowspan: '2', ...extra}, t(key));
  const head = el('thead', {},
      el('tr', {},
          th('review.col.ruleset'), th('review.col.rule'), th('review.col.hits', {class: 'rv-num'}),
          el('th', {scope: 'colgroup', colspan: String(OUTCOMES.length), class: 'rv-group-head'},
              t('review.col.outcomes')),
          th('review.col.overrides', {class: 'rv-num'}), th('review.col.fraud', {class: 'rv-num'}),
          th('review.col.falsePositives', {class: 'rv-num'}), th('review.col.precision', {class: 'rv-num'})),
      el('tr', {}, OUTCOMES.map(o => el('th', {scope: 'col', class: 'rv-num'}, outcomeBadge(o, 'review')))));
  const body = el('tbody', {}, rows.map(r => el('tr', {'data-rule': r.rule, 'data-ruleset': r.ruleset},
      el('td', {}, el('code', {}, r.ruleset)),
      el('th', {scope: 'row', class: 'rv-rule-name'}, ruleName(r.rule)),
      el('td', {class: 'rv-num'}, num(r.hits)),
      OUTCOMES.map(o => el('td', {class: 'rv-num'}, num((r.outcomes && r.outcomes[o]) || 0))),
      el('td', {class: 'rv-num'}, num(r.overrides)),
      el('td', {class: 'rv-num'}, num(r.fraudConfirmed)),
      el('td', {class: 'rv-num'}, num(r.falsePositives)),
      el('td', {class: 'rv-num', 'data-precision': r.precision === null ? 'none' : r.precision},
          r.precision === null || r.precision === undefined
            ? [el('span', {'aria-hidden': 'true', title: t('review.report.precisionNone')}, '—'),
              el('span', {class: 'rv-sr-only'}, t('review.report.precisionNone'))]
            : pct(r.precision, {fixed: true})))));
  wrap.replaceChildren(el('table', {class: 'rv-table rv-rules', id: 'rule-table'},
      el('caption', {}, t('review.report.tableCaption')), head, body));
}
