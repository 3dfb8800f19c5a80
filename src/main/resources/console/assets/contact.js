// The contact form: what the customer says, a forwarded message, the caller's number; decided with
// POST /v1/contacts/decide. A desktop integration can push a contact in the page address (#contact=<base64url JSON>).
import { api, el, errorNode, isoNow, problemParts, t } from './common.js';

const $ = (id) => document.getElementById(id);

/** Which form field each request field is typed in, to show field errors beside them. */
const FIELD_INPUTS = {
  channel: 'contact-channel',
  language: 'contact-language',
  'customer.accountId': 'contact-account',
  'customer.birthYear': 'contact-birth-year',
  callerNumber: 'contact-caller',
  text: 'contact-text',
  reportedMessage: 'contact-reported',
};

/** A contact pushed by the desktop: its fields the form does not show (ids, account signals) are sent as they came. */
let pushed = null;
let onDecided = () => {};

/* ------------------------------------------------------------------- ids */

function newContactId() {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  const random = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `c-${Date.now().toString(36)}-${random}`;
}

/* ------------------------------------------------------------ the request */

function value(id) {
  return $(id).value.trim();
}

function buildRequest() {
  const base = pushed ? { ...pushed.contact } : {};
  const body = {
    ...base,
    contactId: pushed && !pushed.sent && base.contactId ? base.contactId : newContactId(),
    receivedAt: base.receivedAt || isoNow(),
    channel: $('contact-channel').value,
    language: $('contact-language').value,
  };
  const customer = { ...(base.customer || {}) };
  delete customer.accountId;
  delete customer.birthYear;
  if (value('contact-account')) customer.accountId = value('contact-account');
  const year = value('contact-birth-year');
  if (year) customer.birthYear = /^\d+$/.test(year) ? Number(year) : year;
  if (Object.keys(customer).length) body.customer = customer; else delete body.customer;
  for (const [field, id] of [['callerNumber', 'contact-caller'], ['text', 'contact-text'], ['reportedMessage', 'contact-reported']]) {
    if (value(id)) body[field] = $(id).value; else delete body[field];
  }
  return body;
}

/* ---------------------------------------------------------------- errors */

function clearErrors() {
  $('contact-error').replaceChildren();
  document.querySelectorAll('#contact-form [aria-invalid]').forEach((n) => {
    n.removeAttribute('aria-invalid');
    n.removeAttribute('aria-describedby');
  });
  document.querySelectorAll('#contact-form .field-error').forEach((n) => n.remove());
}

function showErrors(error) {
  $('contact-error').replaceChildren(errorNode(error));
  const { fields } = problemParts(error);
  let first = null;
  for (const f of fields) {
    const input = $(FIELD_INPUTS[f.field] || '');
    if (!input) continue;
    input.setAttribute('aria-invalid', 'true');
    const note = el('span', { class: 'field-error', id: `${input.id}-error` }, f.message);
    input.after(note);
    input.setAttribute('aria-describedby', note.id);
    first = first || input;
  }
  if (first) first.focus();
}

/* ---------------------------------------------------------------- decide */

async function decide() {
  clearErrors();
  const body = buildRequest();
  const texts = [
    { labelKey: 'contact.text', text: body.text || '' },
    { labelKey: 'contact.reported', text: body.reportedMessage || '' },
  ];
  const button = $('contact-submit');
  button.disabled = true;
  $('contact-status').dataset.tone = 'busy';
  $('contact-status').textContent = t('contact.busy');
  try {
    const decision = await api('POST', '/v1/contacts/decide', body);
    if (pushed) pushed.sent = true;
    $('contact-status').textContent = '';
    onDecided({ decision, texts, accountId: (body.customer && body.customer.accountId) || null });
  } catch (e) {
    $('contact-status').textContent = '';
    showErrors(e);
  } finally {
    button.disabled = false;
  }
}

/* --------------------------------------------------- a contact pushed in */

function decodeBase64Url(text) {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const padded = b64 + '='.repeat((4 - (b64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The contact in the page address, or null; throws when it is there but cannot be read. */
function contactInAddress() {
  const match = /(?:^#|&)contact=([^&]*)/.exec(location.hash);
  if (!match) return null;
  const contact = JSON.parse(decodeBase64Url(decodeURIComponent(match[1])));
  if (!contact || typeof contact !== 'object' || Array.isArray(contact)) throw new Error('not a JSON object');
  return contact;
}

function setSelect(id, wanted) {
  const select = $(id);
  if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
}

function fill(contact) {
  $('contact-form').reset();
  setSelect('contact-channel', contact.channel);
  setSelect('contact-language', contact.language);
  const customer = contact.customer || {};
  $('contact-account').value = customer.accountId ?? '';
  $('contact-birth-year').value = customer.birthYear ?? '';
  $('contact-caller').value = contact.callerNumber ?? '';
  $('contact-text').value = contact.text ?? '';
  $('contact-reported').value = contact.reportedMessage ?? '';
}

/** Fills the form from a pushed contact and decides it at once; the address is cleaned so a reload does not repeat it. */
function takePushed() {
  let contact;
  try {
    contact = contactInAddress();
  } catch (e) {
    clearErrors();
    $('contact-error').replaceChildren(el('div', { class: 'problem' },
      el('strong', {}, t('contact.pushedUnreadable')), el('p', {}, String(e.message || e))));
    history.replaceState(null, '', location.pathname + location.search);
    return;
  }
  if (!contact) return;
  history.replaceState(null, '', location.pathname + location.search);
  pushed = { contact, sent: false };
  fill(contact);
  decide();
}

/* ------------------------------------------------------------------ start */

export function initContact(decided) {
  onDecided = decided;
  $('contact-birth-year').max = String(new Date().getFullYear());
  $('contact-form').addEventListener('submit', (e) => {
    e.preventDefault();
    decide();
  });
  $('contact-clear').addEventListener('click', () => {
    pushed = null;
    clearErrors();
    $('contact-form').reset();
    $('contact-text').focus();
  });
  window.addEventListener('hashchange', takePushed);
  takePushed();
}
