// Sign-in page: checks the API key with GET /v1/me and goes on to the page the role works in.
import {
  addStrings, applyStrings, el, errorNode, homePage, mountHeader, onLangChange, problemLines, session, signIn, signOut, t, tv,
} from './common.js';

addStrings({
  en: {
    'signin.page': 'Sign in',
    'signin.title': 'Sign in to frontline',
    'signin.intro': 'Use the API key you were given. It stays in this browser tab only and is forgotten when the tab closes.',
    'signin.key': 'API key',
    'signin.keyHint': 'The key is sent to frontline only, as the Authorization header.',
    'signin.submit': 'Sign in',
    'signin.busy': 'Checking the key…',
    'signin.empty': 'Enter your API key.',
    'signin.noPage': 'The role "{role}" has no console page. Sign in with an agent, policy, reviewer or administrator key.',
    'signin.otherRole': 'You are signed in as {role} ({who}); the page you asked for needs another role. Sign in with another key.',
    'signin.rejected': 'frontline does not know this key.',
  },
  'zh-Hans': {
    'signin.page': '登录',
    'signin.title': '登录 frontline',
    'signin.intro': '请输入分配给您的 API 密钥。密钥只保存在当前浏览器标签页中，关闭标签页即清除。',
    'signin.key': 'API 密钥',
    'signin.keyHint': '密钥只发送给 frontline，作为 Authorization 请求头。',
    'signin.submit': '登录',
    'signin.busy': '正在验证密钥…',
    'signin.empty': '请输入 API 密钥。',
    'signin.noPage': '角色“{role}”没有可用的控制台页面。请使用坐席、策略、复盘或管理员的密钥登录。',
    'signin.otherRole': '您当前以{role}（{who}）身份登录，所请求的页面需要其他角色。请换一个密钥登录。',
    'signin.rejected': 'frontline 不认识这个密钥。',
  },
});

/** Where to go after signing in: a page of this console only, never another site. */
function nextPage() {
  const next = new URLSearchParams(location.search).get('next');
  if (!next) return null;
  try {
    const url = new URL(next, location.origin);
    if (url.origin !== location.origin || !url.pathname.startsWith('/console/')) return null;
    return url.pathname + url.search + url.hash;
  } catch {
    return null;
  }
}

function showError(content) {
  const box = document.getElementById('signin-error');
  box.replaceChildren(content);
  box.hidden = false;
}

function clearError() {
  const box = document.getElementById('signin-error');
  box.replaceChildren();
  box.hidden = true;
}

function showNote(render) {
  const note = document.getElementById('signin-note');
  note.hidden = false;
  const paint = () => { note.textContent = render(); };
  paint();
  return paint;
}

async function submit(event) {
  event.preventDefault();
  clearError();
  const input = document.getElementById('signin-key');
  const button = document.getElementById('signin-submit');
  if (!input.value.trim()) {
    input.setAttribute('aria-invalid', 'true');
    showError(el('p', { class: 'error' }, t('signin.empty')));
    input.focus();
    return;
  }
  input.removeAttribute('aria-invalid');
  button.disabled = true;
  button.textContent = t('signin.busy');
  try {
    const me = await signIn(input.value);
    const target = homePage(me.role) ? nextPage() || homePage(me.role) : null;
    if (!target) {
      signOut();
      showError(el('p', { class: 'error' }, t('signin.noPage', { role: tv('role', me.role) })));
      return;
    }
    location.assign(target.startsWith('/') ? target : `/console/${target}`);
  } catch (e) {
    if (e.status === 401) input.setAttribute('aria-invalid', 'true');
    showError(e.status === 401
      ? el('div', { class: 'problem' }, el('strong', {}, t('signin.rejected')), el('p', {}, problemLines(e).join(' · ')))
      : errorNode(e));
    input.focus();
  } finally {
    button.disabled = false;
    button.textContent = t('signin.submit');
  }
}

function start() {
  const s = session();
  const next = nextPage();
  if (s && !next && homePage(s.role)) {
    location.replace(`/console/${homePage(s.role)}`);
    return;
  }
  mountHeader('signin.page');
  applyStrings(document);
  if (s && next) {
    const paint = showNote(() => t('signin.otherRole', { role: tv('role', s.role), who: s.who }));
    onLangChange(paint);
  }
  document.getElementById('signin-form').addEventListener('submit', submit);
  document.getElementById('signin-key').focus();
}

start();
