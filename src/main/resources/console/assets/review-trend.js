// The rules report over time: GET /v1/reports/rules?by=day as a line chart of one rule's hits, overrides,
// confirmed fraud and false positives per UTC day, drawn in inline SVG, with the same counts as a table.
// It honours the report's ruleset filter and, like the report, counts rules, never people.
import {api, el, t, lang} from './common.js';
import {num, svg} from './ui.js';
import {ticks, problemText, ruleName, NO_RULE, SERIES} from './review-util.js';

const $ = id => document.getElementById(id);

const DAY_MS = 86400000;
/** A longer span than this is cut to its latest days, so a wrong day in an answer cannot stall the page. */
const MAX_DAYS = 731;
/** The chart's size in SVG units; the figure scales it to the panel's width. */
const G = {w: 960, h: 300, left: 64, right: 44, top: 32, bottom: 50};

const trend = {kind: 'loading', rows: [], error: null};
let token = 0;
/** True once the reviewer picked a rule; until then the rule with the most hits is shown. */
let picked = false;

export function initTrend() {
  $('trend-rule').addEventListener('change', () => {
    picked = true;
    renderTrend();
  });
}

/** Reads the report per day; called with each load or refresh of the rules report. */
export async function loadTrend() {
  const mine = ++token;
  trend.kind = 'loading';
  renderTrend();
  try {
    const answer = await api('GET', '/v1/reports/rules?by=day');
    if (mine !== token) {
      return;
    }
    trend.rows = (Array.isArray(answer && answer.rules) ? answer.rules : [])
        .filter(r => r && typeof r.rule === 'string' && isDay(r.day));
    trend.kind = 'ok';
  } catch (e) {
    if (mine !== token) {
      return;
    }
    trend.rows = [];
    trend.kind = 'error';
    trend.error = e;
  }
  renderTrend();
}

/** Draws the trend again from what was read last: on a language change, or another ruleset or rule chosen. */
export function renderTrend() {
  if (trend.kind === 'loading') {
    status(t('review.trend.loading'));
    return;
  }
  if (trend.kind === 'error') {
    status(problemText(trend.error), 'error');
    fillRules([]);
    $('rule-trend').replaceChildren();
    return;
  }
  const scope = $('report-ruleset').value;
  const rows = scope ? trend.rows.filter(r => r.ruleset === scope) : trend.rows;
  const rule = fillRules(rankRules(rows));
  if (rule === null) {
    status(t('review.trend.empty'));
    $('rule-trend').replaceChildren();
    return;
  }
  status('');
  const points = perDay(rows.filter(r => r.rule === rule), dayRange(rows));
  drawFigure(rule, points, scope);
}

function status(text, kind = '') {
  const node = $('rule-trend-status');
  node.textContent = text;
  node.className = `rv-message${kind ? ` rv-message-${kind}` : ''}`;
}

/* ------------------------------------------------------------------------------------ the data */

function isDay(day) {
  return typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`));
}

/** The rules in scope with their hits, most first; the row of decisions no rule fired on comes last. */
function rankRules(rows) {
  const hits = new Map();
  for (const r of rows) {
    hits.set(r.rule, (hits.get(r.rule) || 0) + (Number(r.hits) || 0));
  }
  return [...hits].map(([rule, n]) => ({rule, hits: n})).sort((a, b) =>
    (a.rule === NO_RULE) - (b.rule === NO_RULE) || b.hits - a.hits || a.rule.localeCompare(b.rule));
}

/** Fills the rule picker and gives back the rule to draw, or null when there is none. */
function fillRules(rules) {
  const select = $('trend-rule');
  const current = select.value;
  select.replaceChildren(...rules.map(r => el('option', {value: r.rule},
      t('review.trend.option', {rule: ruleName(r.rule), hits: num(r.hits)}))));
  select.disabled = rules.length === 0;
  if (!rules.length) {
    return null;
  }
  const keep = picked && rules.some(r => r.rule === current);
  select.value = keep ? current : rules[0].rule;
  return select.value;
}

/** Every UTC day from the first to the last day in scope, as "YYYY-MM-DD". */
function dayRange(rows) {
  const days = rows.map(r => r.day).sort();
  const first = Date.parse(`${days[0]}T00:00:00Z`);
  const last = Date.parse(`${days[days.length - 1]}T00:00:00Z`);
  const from = Math.max(first, last - (MAX_DAYS - 1) * DAY_MS);
  const out = [];
  for (let d = from; d <= last; d += DAY_MS) {
    out.push(new Date(d).toISOString().slice(0, 10));
  }
  return out;
}

/** The rule's counts on each day, all ruleset versions in scope summed; days without a row count 0. */
function perDay(rows, days) {
  const byDay = new Map(days.map(day => [day, {day, hits: 0, overrides: 0, fraudConfirmed: 0, falsePositives: 0}]));
  for (const r of rows) {
    const point = byDay.get(r.day);
    for (const s of point ? SERIES : []) {
      point[s.key] += Number(r[s.key]) || 0;
    }
  }
  return [...byDay.values()];
}

function totals(points) {
  const sum = {hits: 0, overrides: 0, fraudConfirmed: 0, falsePositives: 0};
  for (const p of points) {
    SERIES.forEach(s => { sum[s.key] += p[s.key]; });
  }
  return sum;
}

/* ---------------------------------------------------------------------------------- the figure */

function dayLabel(day, withYear) {
  const options = {timeZone: 'UTC', month: 'short', day: 'numeric', ...(withYear ? {year: 'numeric'} : {})};
  return new Intl.DateTimeFormat(lang(), options).format(new Date(`${day}T00:00:00Z`));
}

function drawFigure(rule, points, scope) {
  const first = points[0].day;
  const last = points[points.length - 1].day;
  const one = points.length === 1;
  const vars = {
    rule: ruleName(rule), from: first, to: last, days: num(points.length),
    scope: scope ? t('review.chart.scopeOne', {version: scope}) : t('review.chart.scopeAll'),
  };
  const caption = el('figcaption', {},
      el('p', {class: 'rv-chart-caption'}, t(one ? 'review.trend.captionOne' : 'review.trend.caption', vars)),
      one ? el('p', {class: 'rv-trend-one-day', id: 'rule-trend-one-day'},
          t('review.trend.oneDay', {day: first})) : null);
  const before = $('rule-trend-text');
  const text = textTable(points, vars);
  text.open = !!(before && before.open); // a table the reviewer opened stays open when drawn again
  $('rule-trend').replaceChildren(caption, legend(),
      el('div', {class: 'rv-chart-scroll rv-trend-scroll'}, chart(points, vars)), text);
}

function legend() {
  return el('ul', {class: 'rv-legend rv-trend-legend', 'aria-label': t('review.chart.legend')},
      SERIES.map(s => el('li', {'data-series': s.key},
          svg('svg', {class: 'rv-trend-sample', viewBox: '0 0 34 12', width: 34, height: 12, 'aria-hidden': 'true',
            focusable: 'false'}, line(s, 'M1 6 L33 6'), dot(s, 17, 6, 4)),
          t(`review.chart.series.${s.key}`))));
}

function line(s, d) {
  return svg('path', {d, fill: 'none', stroke: s.color, 'stroke-width': 2, 'stroke-dasharray': s.dash,
    'stroke-linejoin': 'round', 'stroke-linecap': s.dash ? 'butt' : 'round'});
}

function dot(s, cx, cy, r) {
  return svg('circle', {cx, cy, r, fill: s.hollow ? '#ffffff' : s.color, stroke: s.color, 'stroke-width': 2});
}

function chart(points, vars) {
  const top = ticks(Math.max(1, ...points.map(p => Math.max(...SERIES.map(s => p[s.key])))));
  const scale = {
    max: top[top.length - 1],
    x: i => (points.length === 1 ? G.left + (G.w - G.left - G.right) / 2
      : G.left + (i / (points.length - 1)) * (G.w - G.left - G.right)),
    y: v => G.h - G.bottom - (v / top[top.length - 1]) * (G.h - G.top - G.bottom),
  };
  return svg('svg', {
    viewBox: `0 0 ${G.w} ${G.h}`, width: '100%', class: 'rv-chart rv-trend-chart', role: 'img',
    'aria-labelledby': 'rule-trend-title rule-trend-desc', preserveAspectRatio: 'xMidYMid meet',
  },
  svg('title', {id: 'rule-trend-title'}, t('review.trend.title', vars)),
  svg('desc', {id: 'rule-trend-desc'}, describe(points, vars)),
  yAxis(top, scale), xAxis(points, scale),
  SERIES.map(s => series(s, points, scale)));
}

function describe(points, vars) {
  const sum = totals(points);
  const text = t('review.trend.desc', {...vars, hits: num(sum.hits), overrides: num(sum.overrides),
    fraud: num(sum.fraudConfirmed), falsePositives: num(sum.falsePositives)});
  const peak = points.reduce((best, p) => (p.hits > best.hits ? p : best), points[0]);
  if (peak.hits === 0) {
    return text;
  }
  return text + t('review.trend.gap') + t('review.trend.peak', {day: peak.day, n: num(peak.hits)});
}

function yAxis(top, scale) {
  const right = G.w - G.right;
  return svg('g', {class: 'rv-trend-y'},
      top.map(v => svg('g', {class: 'rv-chart-tick'},
          svg('line', {x1: G.left, x2: right, y1: scale.y(v), y2: scale.y(v), stroke: v ? '#d5d9df' : '#4a515c',
            'stroke-width': 1}),
          svg('text', {x: G.left - 8, y: scale.y(v), 'text-anchor': 'end', 'dominant-baseline': 'middle',
            'font-size': 11, fill: '#3d4450'}, num(v)))),
      svg('text', {x: 8, y: 14, 'font-size': 11, fill: '#3d4450'}, t('review.trend.axisY')));
}

/** At most about eight dates under the axis, the first and the last always among them. */
function labelled(n, most) {
  const step = Math.max(1, Math.ceil(n / most));
  const out = [];
  for (let i = 0; i < n; i += step) {
    out.push(i);
  }
  if (out[out.length - 1] !== n - 1) {
    if (n - 1 - out[out.length - 1] < step * 0.6 && out.length > 1) {
      out.pop();
    }
    out.push(n - 1);
  }
  return out;
}

function xAxis(points, scale) {
  const withYear = points[0].day.slice(0, 4) !== points[points.length - 1].day.slice(0, 4);
  const base = G.h - G.bottom;
  return svg('g', {class: 'rv-trend-x'},
      labelled(points.length, withYear ? 6 : 8).map(i => svg('g', {class: 'rv-chart-tick', 'data-day': points[i].day},
          svg('line', {x1: scale.x(i), x2: scale.x(i), y1: base, y2: base + 5, stroke: '#4a515c', 'stroke-width': 1}),
          svg('text', {x: scale.x(i), y: base + 18, 'text-anchor': 'middle', 'font-size': 11, fill: '#3d4450'},
              dayLabel(points[i].day, withYear)))),
      svg('text', {x: (G.left + G.w - G.right) / 2, y: G.h - 8, 'text-anchor': 'middle', 'font-size': 11,
        fill: '#3d4450'}, t('review.trend.axisX')));
}

function series(s, points, scale) {
  const label = t(`review.chart.series.${s.key}`);
  const r = points.length > 90 ? 2 : points.length > 45 ? 3 : 4;
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${scale.x(i).toFixed(1)} ${scale.y(p[s.key]).toFixed(1)}`);
  return svg('g', {class: 'rv-trend-series', 'data-series': s.key},
      points.length > 1 ? line(s, path.join(' ')) : null,
      points.map((p, i) => {
        const point = dot(s, scale.x(i).toFixed(1), scale.y(p[s.key]).toFixed(1), r);
        point.setAttribute('data-day', p.day);
        point.setAttribute('data-value', String(p[s.key]));
        point.append(svg('title', {}, t('review.trend.point', {day: p.day, series: label, value: num(p[s.key])})));
        return point;
      }));
}

/* ------------------------------------------------------------------------------ the text version */

function textTable(points, vars) {
  const head = el('tr', {}, el('th', {scope: 'col'}, t('review.trend.col.day')),
      SERIES.map(s => el('th', {scope: 'col', class: 'rv-num'}, t(`review.chart.series.${s.key}`))));
  const rows = points.map(p => el('tr', {'data-day': p.day},
      el('th', {scope: 'row'}, el('time', {datetime: p.day}, p.day)),
      SERIES.map(s => el('td', {class: 'rv-num', 'data-series': s.key}, num(p[s.key])))));
  return el('details', {class: 'rv-chart-text', id: 'rule-trend-text'},
      el('summary', {}, t('review.trend.textAlt')),
      el('div', {class: 'rv-table-wrap rv-trend-table-wrap'},
          el('table', {class: 'rv-table rv-trend-table', id: 'rule-trend-table'},
              el('caption', {}, t('review.trend.tableCaption', vars)),
              el('thead', {}, head), el('tbody', {}, rows))));
}
