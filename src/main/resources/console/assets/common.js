// Shared helpers of the frontline web console: sign-in session, API calls, server-sent events,
// Chinese/English strings, a small DOM builder and the page header.

const SESSION_KEY = 'frontline.console.session';
const LANG_KEY = 'frontline.console.lang';
const LANGS = ['zh-Hans', 'en'];
const RECONNECT_MILLIS = 2000;

/* ------------------------------------------------------------------ errors */

/** A non-2xx answer of the API; `problem` is its problem+json body (or one made up for a network failure). */
export class ApiError extends Error {
  constructor(status, problem) {
    const p = problem || {};
    super(p.detail || p.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = p;
  }
}

/**
 * An error in its parts, read once here for each console to word and lay out its own way. From the API
 * (`fromApi`): the HTTP `status`, the problem's `title`, `detail`, field errors (`fields`: [{field, message}]) and
 * `requestId`, each '' or [] when missing. Anything else (a failure in the page): its `message`, and `status` if it
 * has one.
 */
export function problemParts(err) {
  const p = err && err.problem && typeof err.problem === 'object' ? err.problem : null;
  if (!(err instanceof ApiError) && !p) {
    return {
      fromApi: false, status: err && err.status, message: String((err && err.message) || err),
      title: '', detail: '', fields: [], requestId: '',
    };
  }
  const q = p || {};
  return {
    fromApi: true,
    status: err.status,
    title: q.title || '',
    detail: q.detail || '',
    fields: Array.isArray(q.errors) ? q.errors : [],
    requestId: q.requestId || '',
  };
}

/** The error in plain words: title, detail and each field error, as lines of text. */
export function problemLines(err) {
  const e = problemParts(err);
  if (!e.fromApi) return [t('error.unexpected'), e.message];
  const head = e.title || t('error.status', { status: e.status });
  return [
    e.status ? `${head} (${e.status})` : head,
    ...(e.detail ? [e.detail] : []),
    ...e.fields.map((f) => `${f.field}: ${f.message}`),
    ...(e.requestId ? [t('error.requestId', { id: e.requestId })] : []),
  ];
}

/** A node showing the error in plain words, for an error area of the page. */
export function errorNode(err) {
  const e = problemParts(err);
  return el('div', { class: 'problem' },
    el('strong', { class: 'problem-title' }, problemLines(err)[0]),
    !e.fromApi || e.detail ? el('p', { class: 'problem-detail' }, e.fromApi ? e.detail : e.message) : null,
    e.fields.length
      ? el('ul', { class: 'problem-fields' },
        e.fields.map((f) => el('li', {}, el('code', {}, f.field), ' ', f.message)))
      : null,
    e.requestId ? el('p', { class: 'problem-request' }, t('error.requestId', { id: e.requestId })) : null);
}

/* ----------------------------------------------------------------- session */

export function session() {
  try {
    const s = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
    return s && s.key ? { key: s.key, role: s.role, who: s.who } : null;
  } catch {
    return null;
  }
}

export async function signIn(apiKey) {
  const key = String(apiKey || '').trim();
  const me = await request('GET', '/v1/me', undefined, key);
  const who = me.who ?? me.pseudonym ?? '';
  sessionStorage.setItem(SESSION_KEY, JSON.stringify({ key, role: me.role, who, me }));
  return { role: me.role, who };
}

export function signOut() {
  sessionStorage.removeItem(SESSION_KEY);
}

/** The page each role starts on. */
export function homePage(role) {
  return { agent: 'agent.html', policy: 'policy.html', reviewer: 'review.html', admin: 'agent.html' }[role] || null;
}

export function requireRole(...roles) {
  const s = session();
  if (s && (s.role === 'admin' || roles.includes(s.role))) {
    return s;
  }
  const here = location.pathname + location.search + location.hash;
  location.replace(`/console/?next=${encodeURIComponent(here)}`);
  return null;
}

/* --------------------------------------------------------------------- api */

export function api(method, path, body) {
  const s = session();
  return request(method, path, body, s ? s.key : null);
}

async function request(method, path, body, key) {
  const headers = { Accept: 'application/json' };
  if (key) headers.Authorization = `Bearer ${key}`;
  let payload;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined && body !== null) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: payload, cache: 'no-store' });
  } catch (e) {
    throw new ApiError(0, { title: t('error.network'), detail: String(e.message || e) });
  }
  const parsed = await readBody(response);
  if (!response.ok) {
    const problem = parsed && typeof parsed === 'object'
      ? parsed
      : { title: response.statusText || t('error.status', { status: response.status }), detail: parsed || '' };
    throw new ApiError(response.status, problem);
  }
  return response.status === 204 ? null : parsed;
}

async function readBody(response) {
  if (response.status === 204) return null;
  const text = await response.text();
  if (!text) return null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/* ------------------------------------------------------ server-sent events */

/**
 * Reads a server-sent-events stream with fetch, so that the key can go in the Authorization header.
 * Calls onEvent({id, event, data}) per message (data parsed as JSON when it is JSON); reconnects 2 s after the
 * stream ends or fails, sending Last-Event-ID, until options.signal aborts. options.onStatus(state, error) is
 * told 'connecting', 'open', 'reconnecting' and finally 'closed'. Resolves once aborted.
 */
export async function streamEvents(path, onEvent, options = {}) {
  const { signal, onStatus = () => {} } = options;
  let lastId = options.lastEventId || null;
  while (!(signal && signal.aborted)) {
    onStatus('connecting');
    let failure = null;
    try {
      await readStream(path, lastId, signal, (message) => {
        if (message.id !== null) lastId = message.id;
        onEvent(message);
      }, () => onStatus('open'));
    } catch (e) {
      failure = e;
    }
    if (signal && signal.aborted) break;
    onStatus('reconnecting', failure);
    await sleep(RECONNECT_MILLIS, signal);
  }
  onStatus('closed');
}

async function readStream(path, lastId, signal, dispatch, opened) {
  const s = session();
  const headers = { Accept: 'text/event-stream' };
  if (s) headers.Authorization = `Bearer ${s.key}`;
  if (lastId) headers['Last-Event-ID'] = lastId;
  const response = await fetch(path, { headers, signal, cache: 'no-store' });
  if (!response.ok) {
    throw new ApiError(response.status, await readBody(response).catch(() => null));
  }
  opened();
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parser = sseParser(dispatch);
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    parser.push(decoder.decode(value, { stream: true }));
  }
  parser.push(decoder.decode());
}

/** Splits text into lines and lines into messages, as the EventSource rules say. */
function sseParser(dispatch) {
  let buffer = '';
  let id = null;
  let event = '';
  let data = [];
  function line(text) {
    if (text === '') {
      if (data.length) {
        const raw = data.join('\n');
        let parsed = raw;
        try {
          parsed = JSON.parse(raw);
        } catch { /* not JSON: handed over as text */ }
        dispatch({ id, event: event || 'message', data: parsed });
      }
      event = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\0')) id = value;
  }
  return {
    push(chunk) {
      buffer += chunk;
      // a trailing \r may be the first half of \r\n: keep it back until the next chunk
      const held = buffer.endsWith('\r') ? '\r' : '';
      const parts = (held ? buffer.slice(0, -1) : buffer).split(/\r\n|\r|\n/);
      buffer = parts.pop() + held;
      parts.forEach(line);
    },
  };
}

function sleep(millis, signal) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, millis);
    if (signal) {
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      }, { once: true });
    }
  });
}

/* -------------------------------------------------------------------- i18n */

const strings = { en: {}, 'zh-Hans': {} };
const langListeners = [];

export function addStrings(table) {
  for (const l of Object.keys(table)) {
    strings[l] = Object.assign(strings[l] || {}, table[l]);
  }
}

export function lang() {
  const stored = localStorage.getItem(LANG_KEY);
  return LANGS.includes(stored) ? stored : 'zh-Hans';
}

export function setLang(l) {
  if (!LANGS.includes(l)) return;
  localStorage.setItem(LANG_KEY, l);
  document.documentElement.lang = l;
  applyStrings(document);
  for (const fn of langListeners) fn(l);
}

export function onLangChange(fn) {
  langListeners.push(fn);
  return () => {
    const i = langListeners.indexOf(fn);
    if (i >= 0) langListeners.splice(i, 1);
  };
}

/** Has the current language (or English) a string for this key? */
export function hasString(key) {
  return key in (strings[lang()] || {}) || key in strings.en;
}

export function t(key, vars) {
  let s = (strings[lang()] || {})[key];
  if (s === undefined) s = strings.en[key];
  if (s === undefined) return key;
  if (!vars) return s;
  return s.replace(/\{(\w+)\}/g, (m, name) => (vars[name] === undefined || vars[name] === null ? m : String(vars[name])));
}

/** Translates a wire value (an outcome, a route...) with a prefix, falling back to the value itself. */
export function tv(prefix, value) {
  if (value === undefined || value === null || value === '') return '';
  const key = `${prefix}.${value}`;
  return hasString(key) ? t(key) : String(value);
}

export function applyStrings(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((node) => {
    node.textContent = t(node.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((node) => {
    node.setAttribute('placeholder', t(node.dataset.i18nPlaceholder));
  });
  root.querySelectorAll('[data-i18n-aria-label]').forEach((node) => {
    node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel));
  });
  root.querySelectorAll('[data-i18n-title]').forEach((node) => {
    node.setAttribute('title', t(node.dataset.i18nTitle));
  });
}

/* ------------------------------------------------------------- DOM builder */

const PROPERTIES = new Set(['value', 'checked', 'selected']);

export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'class') {
      node.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    } else if (PROPERTIES.has(name)) {
      node[name] = value;
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : String(child));
  }
}

/* ------------------------------------------------------------------ header */

const PAGES = [
  { role: 'agent', href: 'agent.html', key: 'nav.agent' },
  { role: 'policy', href: 'policy.html', key: 'nav.policy' },
  { role: 'reviewer', href: 'review.html', key: 'nav.review' },
];

export function mountHeader(titleKey) {
  const top = document.getElementById('top');
  if (!top) return;
  document.documentElement.lang = lang();
  const s = session();
  const here = location.pathname.split('/').pop();
  const pages = s ? PAGES.filter((p) => s.role === 'admin' || s.role === p.role) : [];
  top.replaceChildren(
    el('a', { class: 'skip-link', href: '#main', 'data-i18n': 'nav.skip' }),
    el('div', { class: 'brand' },
      el('span', { class: 'product' }, 'frontline'),
      titleKey ? el('span', { class: 'page-title', 'data-i18n': titleKey }) : null),
    pages.length
      ? el('nav', { class: 'top-nav', 'data-i18n-aria-label': 'nav.label' },
        el('ul', {}, pages.map((p) => el('li', {},
          el('a', { href: p.href, 'data-i18n': p.key, 'aria-current': p.href === here ? 'page' : null })))))
      : null,
    el('div', { class: 'top-tools' },
      el('button', { type: 'button', id: 'lang-switch', class: 'btn btn-quiet', onclick: switchLang }),
      s ? el('span', { class: 'who' },
        el('span', { class: 'who-role', 'data-role': s.role }),
        ' ',
        el('span', { class: 'who-name' }, s.who)) : null,
      s ? el('button', { type: 'button', id: 'sign-out', class: 'btn btn-quiet', 'data-i18n': 'nav.signOut', onclick: leave }) : null));
  const refresh = () => {
    const button = document.getElementById('lang-switch');
    button.textContent = lang() === 'zh-Hans' ? 'English' : '中文';
    button.setAttribute('lang', lang() === 'zh-Hans' ? 'en' : 'zh-Hans');
    button.setAttribute('aria-label', t('nav.language'));
    const role = top.querySelector('.who-role');
    if (role) role.textContent = tv('role', role.dataset.role);
    document.title = titleKey ? `${t(titleKey)} · frontline` : 'frontline';
  };
  onLangChange(refresh);
  applyStrings(top);
  refresh();
}

function switchLang() {
  setLang(lang() === 'zh-Hans' ? 'en' : 'zh-Hans');
}

function leave() {
  signOut();
  location.assign('/console/');
}

/* -------------------------------------------------------------------- time */

export function formatTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return d.toLocaleString(lang() === 'zh-Hans' ? 'zh-CN' : 'en-GB', {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  });
}

/** Now as ISO-8601 with the local offset, e.g. 2026-11-24T13:24:27.175+08:00. */
export function isoNow(date = new Date()) {
  const pad = (n, w = 2) => String(Math.abs(n)).padStart(w, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
    + `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`
    + `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/* ---------------------------------------------------------- shared strings */

addStrings({
  en: {
    'nav.skip': 'Skip to main content',
    'nav.label': 'Consoles',
    'nav.agent': 'Agent console',
    'nav.policy': 'Policy',
    'nav.review': 'Reviews',
    'nav.signOut': 'Sign out',
    'nav.language': 'Switch language',
    'role.payment-system': 'Payment system',
    'role.agent': 'Agent',
    'role.policy': 'Policy staff',
    'role.reviewer': 'Reviewer',
    'role.admin': 'Administrator',
    'outcome.allow': 'Allow',
    'outcome.warn': 'Warn',
    'outcome.escalate': 'Escalate',
    'outcome.block-payment': 'Block payment',
    'outcome.emergency-freeze': 'Emergency freeze',
    'route.human-agent': 'Human agent',
    'route.anti-fraud-specialist': 'Anti-fraud specialist',
    'route.security-team': 'Security team',
    'route.expert': 'Expert',
    'priority.urgent': 'Urgent',
    'priority.high': 'High',
    'priority.normal': 'Normal',
    'subject.transaction': 'Payment',
    'subject.contact': 'Contact',
    'action.followed': 'Followed the recommendation',
    'action.overrode': 'Overrode the recommendation',
    'action.asked-expert': 'Asked an expert',
    'finding.fraud-confirmed': 'Fraud confirmed',
    'finding.false-positive': 'False alarm',
    'finding.unknown': 'Not known yet',
    'scamType.account-takeover': 'Account takeover',
    'scamType.acquaintance-impersonation': 'Impersonating a friend or relative',
    'scamType.advance-fee-loan': 'Loan with an upfront fee',
    'scamType.click-farming': 'Paid clicks / order brushing',
    'scamType.fake-charity': 'Fake charity',
    'scamType.fake-official-link': 'Fake official link',
    'scamType.impersonated-service': 'Fake customer service or refund',
    'scamType.investment': 'Investment scam',
    'scamType.parcel-points-sms': 'Parcel or points SMS',
    'scamType.police-impersonation': 'Fake police or officials',
    'scamType.verification-code': 'Asking for a verification code',
    'scamType.claims-official': 'Claims to be an official body',
    'language.zh-Hans': 'Simplified Chinese',
    'language.zh-Hant': 'Traditional Chinese',
    'language.en': 'English',
    'error.network': 'frontline could not be reached',
    'error.status': 'The request failed',
    'error.unexpected': 'Something went wrong in the page',
    'error.requestId': 'Request id: {id}',
  },
  'zh-Hans': {
    'nav.skip': '跳到主要内容',
    'nav.label': '控制台',
    'nav.agent': '坐席工作台',
    'nav.policy': '策略管理',
    'nav.review': '复盘',
    'nav.signOut': '退出',
    'nav.language': '切换语言',
    'role.payment-system': '支付系统',
    'role.agent': '坐席',
    'role.policy': '策略人员',
    'role.reviewer': '复盘人员',
    'role.admin': '管理员',
    'outcome.allow': '放行',
    'outcome.warn': '提醒',
    'outcome.escalate': '升级处理',
    'outcome.block-payment': '拦截付款',
    'outcome.emergency-freeze': '紧急冻结',
    'route.human-agent': '人工坐席',
    'route.anti-fraud-specialist': '反诈专员',
    'route.security-team': '安全团队',
    'route.expert': '专家',
    'priority.urgent': '紧急',
    'priority.high': '高',
    'priority.normal': '普通',
    'subject.transaction': '付款',
    'subject.contact': '来电/咨询',
    'action.followed': '按建议处理',
    'action.overrode': '未按建议处理',
    'action.asked-expert': '已请专家',
    'finding.fraud-confirmed': '确认诈骗',
    'finding.false-positive': '误报',
    'finding.unknown': '尚不确定',
    'scamType.account-takeover': '账户被盗用',
    'scamType.acquaintance-impersonation': '冒充亲友',
    'scamType.advance-fee-loan': '贷款先交费',
    'scamType.click-farming': '刷单返利',
    'scamType.fake-charity': '虚假慈善',
    'scamType.fake-official-link': '仿冒官方链接',
    'scamType.impersonated-service': '冒充客服退款',
    'scamType.investment': '投资理财诈骗',
    'scamType.parcel-points-sms': '快递/积分短信',
    'scamType.police-impersonation': '冒充公检法',
    'scamType.verification-code': '索要验证码',
    'scamType.claims-official': '自称官方机构',
    'language.zh-Hans': '简体中文',
    'language.zh-Hant': '繁體中文',
    'language.en': '英文',
    'error.network': '无法连接 frontline',
    'error.status': '请求失败',
    'error.unexpected': '页面出错了',
    'error.requestId': '请求编号：{id}',
  },
});
