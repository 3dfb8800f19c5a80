// Evidence as a person reads it: a fake link beside the official one with the difference marked, scam words
// highlighted in what the customer said, why a number is risky, an older-customer badge, and the rest as a
// short key/value list.
import { el, hasString, lang, t, tv } from './common.js';
import { keyValues } from './ui.js';

/* -------------------------------------------------------------- domains */

/** Splits the fake domain into the part it shares with the official one at the start, the middle, and the end. */
export function domainDiff(fake, official) {
  const a = String(fake || '');
  const b = String(official || '');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  return {
    fake: { head: a.slice(0, start), middle: a.slice(start, a.length - end), tail: a.slice(a.length - end) },
    official: { head: b.slice(0, start), middle: b.slice(start, b.length - end), tail: b.slice(b.length - end) },
  };
}

const TECHNIQUES_ZH = {
  'brand name plus a hyphenated word': '品牌名后加连字符和别的词',
  'brand name under another domain ending': '品牌名换了一个域名后缀',
  'official domain written without its dots': '官方网址去掉了中间的点',
  'brand name split by a dot': '品牌名被点号拆开',
  'brand name with extra characters': '品牌名前后加了多余字符',
  'one character added': '多了一个字符',
  'a character doubled': '有一个字符重复了',
  'one character missing': '少了一个字符',
  'one character replaced': '换掉了一个字符',
  'two characters swapped': '两个相邻字符调换了位置',
  'look-alike letters': '用了形状相近的字母',
  'look-alike characters': '用了形状相近的字符',
  'look-alike characters from another script': '用了其他文字里形状相近的字符',
  'domain with look-alike characters from another script': '域名里混入了其他文字的相近字符',
  'punycode domain with look-alike characters from another script': '国际化（punycode）域名，混入了其他文字的相近字符',
  'punycode (internationalized) domain': '国际化（punycode）域名',
  'two characters changed to look-alikes': '两个字符换成了形状相近的字符',
  'domain on the block list': '域名在拦截名单上',
};

/** How the link imitates the official domain, in the console's language. */
export function techniqueText(technique) {
  const text = String(technique || '');
  if (!text) return '';
  if (lang() === 'en') return text.charAt(0).toUpperCase() + text.slice(1);
  return techniqueZh(text);
}

function techniqueZh(text) {
  if (TECHNIQUES_ZH[text]) return TECHNIQUES_ZH[text];
  let m = /^official domain used as a subdomain of (.+)$/.exec(text);
  if (m) return `把官方网址当作 ${m[1]} 的子域名`;
  m = /^brand name used as a subdomain of (.+)$/.exec(text);
  if (m) return `把品牌名当作 ${m[1]} 的子域名`;
  m = /^punycode domain, (.+)$/.exec(text);
  if (m) return `国际化（punycode）域名，${techniqueZh(m[1])}`;
  m = /^look-alike characters and (.+)$/.exec(text);
  if (m) return `用了形状相近的字符，并且${techniqueZh(m[1])}`;
  return text;
}

function markedDomain(parts, className, markTag) {
  return el('span', { class: className, translate: 'no' },
    parts.head,
    parts.middle ? el(markTag, markTag === 'mark' ? {} : { class: 'official-diff' }, parts.middle) : null,
    parts.tail);
}

/** A look-alike link: the fake domain beside the official one, what differs marked, how, and "do not open". */
export function evidenceLink(finding) {
  const diff = domainDiff(finding.domain, finding.looksLike);
  return el('div', { class: 'evidence-link', 'data-domain': finding.domain || '' },
    el('div', { class: 'link-pair' },
      el('span', { class: 'link-side link-fake' },
        el('span', { class: 'link-label' }, t('evidence.fakeDomain')),
        markedDomain(diff.fake, 'fake-domain', 'mark')),
      el('span', { class: 'link-vs', 'aria-hidden': 'true' }, '≠'),
      finding.looksLike
        ? el('span', { class: 'link-side link-official' },
          el('span', { class: 'link-label' }, t('evidence.officialDomain')),
          markedDomain(diff.official, 'official-domain', 'span'))
        : null),
    finding.brand ? el('p', { class: 'link-brand' }, t('evidence.brand', { brand: finding.brand })) : null,
    finding.technique ? el('p', { class: 'link-technique' }, t('evidence.technique', { how: techniqueText(finding.technique) })) : null,
    finding.url ? el('p', { class: 'link-url' }, t('evidence.url'), ' ', el('code', { translate: 'no' }, finding.url)) : null,
    el('p', { class: 'do-not-open' }, t('evidence.doNotOpen')));
}

/* -------------------------------------------------------------- phrases */

/** Where any of the phrases occurs in the text, overlapping finds merged: [[start, end], ...]. */
export function phraseRanges(text, phrases) {
  const folded = text.toLowerCase();
  const haystack = folded.length === text.length ? folded : text;
  const ranges = [];
  for (const phrase of new Set(phrases.filter(Boolean).map(String))) {
    const needle = haystack === folded ? phrase.toLowerCase() : phrase;
    if (!needle) continue;
    for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      ranges.push([i, i + needle.length]);
    }
  }
  ranges.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const merged = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** A copy of the text with every phrase found wrapped in <mark class="phrase">. */
export function highlightText(text, phrases, labelKey) {
  const body = el('p', { class: 'highlighted-body' });
  let at = 0;
  for (const [start, end] of phraseRanges(text, phrases)) {
    body.append(text.slice(at, start), el('mark', { class: 'phrase' }, text.slice(start, end)));
    at = end;
  }
  body.append(text.slice(at));
  return el('div', { class: 'highlighted-text' },
    labelKey ? el('div', { class: 'highlighted-label' }, t(labelKey)) : null,
    body);
}

function phraseChips(phrases) {
  return el('ul', { class: 'phrase-chips' }, phrases.map((p) => el('li', { class: 'phrase-chip' }, p)));
}

/** Every scam phrase the decision names: the scam-text signals and the reasons' evidence. */
export function decisionPhrases(decision) {
  const found = [];
  for (const s of decision.signals || []) {
    if (s.kind === 'scam-text' && s.detail && s.detail.phrases) {
      Object.values(s.detail.phrases).forEach((list) => found.push(...list));
    }
  }
  for (const r of decision.reasons || []) {
    const e = r.evidence || {};
    for (const key of ['phrases', 'memoPhrases']) {
      if (Array.isArray(e[key])) found.push(...e[key]);
    }
  }
  return [...new Set(found)];
}

/* ---------------------------------------------------- numbers and people */

const WHY_ZH = {
  'virtual-operator range': '属于虚拟运营商号段',
  'international number while the text claims a domestic bank or official hotline': '境外号码，却自称国内银行或官方热线',
  'international number': '境外号码',
  'on the block list': '在拦截名单上',
};

function whyText(why) {
  return lang() === 'en' ? why : WHY_ZH[why] || why;
}

/** A risky number and why. */
export function numberRisk(detail) {
  const why = Array.isArray(detail.why) ? detail.why : [];
  return el('div', { class: 'number-risk' },
    el('div', { class: 'number-line' },
      el('span', { class: 'link-label' }, t('evidence.number')),
      ' ',
      el('span', { class: 'risky-number', translate: 'no' }, detail.number || ''),
      detail.region ? el('span', { class: 'number-region muted' }, ` ${detail.region}`) : null,
      detail.type ? el('span', { class: 'number-type muted' }, ` · ${tv('numberType', detail.type)}`) : null),
    why.length ? el('ul', { class: 'number-why' }, why.map((w) => el('li', {}, whyText(w)))) : null);
}

/** The older-customer badge, with the age or age band when known. */
export function olderBadge(detail = {}) {
  const age = detail.age ?? detail.ageBand;
  return el('span', { class: 'badge older-customer' },
    t('older.badge'),
    age !== undefined && age !== null ? el('span', { class: 'older-age' }, ` · ${t('older.age', { age })}`) : null);
}

/* ------------------------------------------------------- key/value lists */

function valueText(value) {
  if (value === true) return t('value.yes');
  if (value === false) return t('value.no');
  if (Array.isArray(value)) return value.map(valueText).join(lang() === 'en' ? ', ' : '、');
  if (value && typeof value === 'object') return JSON.stringify(value);
  return String(value ?? '');
}

/** A small key/value list; keys the console has words for are translated. */
export function kvList(object) {
  const entries = Object.entries(object || {}).filter(([, v]) => v !== undefined && v !== null && v !== '');
  if (!entries.length) return null;
  return keyValues(entries.map(([k, v]) => [hasString(`key.${k}`) ? t(`key.${k}`) : k, valueText(v)]));
}

/* ------------------------------------------------ evidence of a decision */

function signalsOf(decision, kind) {
  return (decision.signals || []).filter((s) => s.kind === kind).map((s) => s.detail || {});
}

function digits(number) {
  return String(number || '').replace(/\D/g, '');
}

function sameNumber(a, b) {
  const x = digits(a);
  const y = digits(b);
  return x && y && (x === y || x.slice(-4) === y.slice(-4));
}

/**
 * What one reason cites, rendered for a person. `shown` collects the domains and numbers rendered, so the
 * observations below do not repeat them.
 */
export function reasonEvidence(reason, decision, shown) {
  const rest = { ...(reason.evidence || {}) };
  const parts = [];
  if (rest.domain) {
    const signal = signalsOf(decision, 'lookalike-domain').find((d) => d.domain === rest.domain) || {};
    parts.push(evidenceLink({ ...signal, ...rest }));
    shown.domains.add(rest.domain);
    ['domain', 'looksLike', 'technique', 'brand', 'url'].forEach((k) => delete rest[k]);
  }
  for (const key of ['phrases', 'memoPhrases']) {
    if (Array.isArray(rest[key]) && rest[key].length) {
      parts.push(el('div', { class: 'reason-phrases' }, el('span', { class: 'link-label' }, t('evidence.phrases')), phraseChips(rest[key])));
      delete rest[key];
    }
  }
  if (rest.number) {
    const signal = signalsOf(decision, 'phone-risk').find((d) => sameNumber(d.number, rest.number)) || {};
    parts.push(numberRisk({ ...signal, number: rest.number }));
    shown.numbers.add(digits(rest.number));
    delete rest.number;
  }
  if ((rest.age !== undefined || rest.ageBand !== undefined) && signalsOf(decision, 'elderly-customer').length) {
    parts.push(olderBadge(rest));
    delete rest.age;
    delete rest.ageBand;
  }
  parts.push(kvList(rest));
  const present = parts.filter(Boolean);
  return present.length ? el('div', { class: 'reason-evidence' }, present) : null;
}

/**
 * What the detectors observed: the texts with scam words highlighted (or the words, when the texts are not at
 * hand), look-alike links and risky numbers no reason showed, and the other signals as short lists.
 */
export function observations(decision, texts, shown) {
  const out = [];
  const phrases = decisionPhrases(decision);
  const typed = texts.filter((x) => x.text && x.text.trim());
  typed.forEach((x) => out.push(highlightText(x.text, phrases, x.labelKey)));
  if (!typed.length) {
    signalsOf(decision, 'scam-text').forEach((d) => out.push(scamWords(d)));
  }
  signalsOf(decision, 'lookalike-domain')
    .filter((d) => !shown.domains.has(d.domain))
    .forEach((d) => out.push(evidenceLink(d)));
  signalsOf(decision, 'phone-risk')
    .filter((d) => !shown.numbers.has(digits(d.number)))
    .forEach((d) => out.push(numberRisk(d)));
  const others = (decision.signals || [])
    .filter((s) => !['scam-text', 'lookalike-domain', 'phone-risk', 'elderly-customer'].includes(s.kind));
  if (others.length) {
    out.push(el('ul', { class: 'other-signals' }, others.map((s) => el('li', { class: 'signal', 'data-kind': s.kind },
      el('span', { class: 'signal-kind' }, tv('signal', s.kind)),
      kvList(s.detail)))));
  }
  return out;
}

function scamWords(detail) {
  const groups = Object.entries(detail.phrases || {});
  return el('div', { class: 'scam-words' },
    el('div', { class: 'highlighted-label' }, t('evidence.wordsFound')),
    el('p', { class: 'muted small' }, t('evidence.textNotKept')),
    keyValues(groups.map(([type, list]) => [tv('scamType', type), phraseChips(list)])));
}
