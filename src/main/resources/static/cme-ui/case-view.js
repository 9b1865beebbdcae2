// The case view, the case search and a school's receipts (issue 9), shared by the Tasklist and Cockpit
// plugins (webjars/camunda/app/<app>/scripts/cme-*.js). Plain ES module, no build step. Data comes from
// the application's API (/api/cases, /api/my-school/referrals, docs/case-view.md) as the user logged in to
// the webapps, with the session's CSRF token. Everything is built as DOM nodes with textContent: nothing
// from the server is ever parsed as HTML.
//
// Stable ids and classes for the browser test (docs/case-view.md lists them):
//   #cme-case-view (the Case tab), .cme-case-view (any case view), #cme-case-reference,
//   .cme-case-child, .cme-case-flags .cme-flag, .cme-case-referrals .cme-referral, .cme-case-enquiries .cme-enquiry,
//   .cme-case-processes .cme-process, .cme-case-tasks .cme-open-task, .cme-case-audit .cme-audit-line,
//   .cme-case-letters .cme-letter a.cme-letter-download (issue 10: each letter's PDF, downloaded as the user),
//   #cme-case-search-button, #cme-case-search, #cme-case-search-input, #cme-case-search-submit,
//   .cme-search-result, #cme-search-case-view, #cme-case-search-close,
//   #cme-my-referrals-button, #cme-my-referrals, .cme-receipt, #cme-referral-received.

export const API = '/api';

const CSRF_COOKIE = 'XSRF-TOKEN';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** The session's CSRF token: the cookie the webapps set, else the one the plugin API was given. */
function csrfToken(api) {
  const cookie = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith(CSRF_COOKIE + '='));
  return cookie ? decodeURIComponent(cookie.substring(CSRF_COOKIE.length + 1)) : (api && api.CSRFToken) || '';
}

/** GET on the application's or the engine's API as the logged-in user; {status, body}. */
export async function getJson(path, api) {
  const response = await fetch(path, {
    credentials: 'same-origin',
    headers: { 'Accept': 'application/json', 'X-XSRF-TOKEN': csrfToken(api) }
  });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  return { status: response.status, body };
}

/** An instant or date as people read it: 3 December 2026 15:09 (UK time), or 3 December 2026. */
export function readable(value, withTime = true) {
  if (!value) {
    return '';
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number);
    return d + ' ' + MONTHS[m - 1] + ' ' + y;
  }
  const date = new Date(value);
  if (isNaN(date.getTime())) {
    return String(value);
  }
  const parts = {};
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit',
    minute: '2-digit', hour12: false
  }).formatToParts(date).forEach(p => { parts[p.type] = p.value; });
  const day = Number(parts.day) + ' ' + MONTHS[Number(parts.month) - 1] + ' ' + parts.year;
  return withTime ? day + ' ' + parts.hour + ':' + parts.minute : day;
}

/** An element: h('div', {id: 'x', class: 'y'}, 'text', child, ...). Text is text, never HTML. */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.substring(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat(Infinity).forEach(child => {
    if (child === null || child === undefined || child === false || child === '') {
      return;
    }
    element.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return element;
}

const STYLE = `
.cme-case-view { font-size: 14px; line-height: 1.45; padding: 8px 4px; }
.cme-case-view h3 { font-size: 18px; margin: 4px 0 8px; }
.cme-case-view h4 { font-size: 15px; margin: 16px 0 6px; border-bottom: 1px solid #ddd; padding-bottom: 2px; }
.cme-case-view dl { display: grid; grid-template-columns: max-content auto; gap: 2px 12px; margin: 0; }
.cme-case-view dt { font-weight: 600; }
.cme-case-view dd { margin: 0; white-space: pre-wrap; }
.cme-case-view table { border-collapse: collapse; width: 100%; margin-bottom: 6px; }
.cme-case-view th, .cme-case-view td { border: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top; }
.cme-case-view .cme-flag { margin: 2px 0; }
.cme-case-view .cme-flag strong { margin-right: 6px; }
.cme-case-view .cme-referral { border: 1px solid #ddd; padding: 6px; margin-bottom: 8px; }
.cme-case-view .cme-muted { color: #666; }
.cme-panel { position: fixed; top: 60px; right: 20px; width: min(900px, 95vw); max-height: calc(100vh - 80px);
  overflow: auto; background: #fff; border: 1px solid #999; box-shadow: 0 4px 16px rgba(0,0,0,.3);
  z-index: 2000; padding: 12px 16px; font-size: 14px; }
.cme-panel h2 { font-size: 20px; margin: 0 0 10px; }
.cme-panel form, .cme-case-search-inline form { display: flex; gap: 6px; margin-bottom: 10px; }
.cme-panel input[type=search], .cme-case-search-inline input[type=search] { flex: 1; padding: 4px 6px; }
.cme-case-search-inline .cme-search-result { display: block; width: 100%; text-align: left; margin: 2px 0;
  padding: 4px 6px; background: #f6f6f6; border: 1px solid #ddd; cursor: pointer; }
.cme-panel .cme-close { float: right; }
.cme-panel .cme-search-result { display: block; width: 100%; text-align: left; margin: 2px 0; padding: 4px 6px;
  background: #f6f6f6; border: 1px solid #ddd; cursor: pointer; }
.cme-panel .cme-receipt td, .cme-panel .cme-receipt th { padding: 3px 6px; }
.cme-panel table { border-collapse: collapse; width: 100%; }
.cme-panel th, .cme-panel td { border: 1px solid #ddd; padding: 3px 6px; text-align: left; }
.cme-navbar-button { background: none; border: none; color: inherit; padding: 15px 10px; cursor: pointer; }
#cme-referral-received { position: fixed; top: 60px; left: 50%; transform: translateX(-50%); z-index: 2100;
  background: #e7f4e4; border: 2px solid #00703c; padding: 10px 16px; font-size: 16px; }
#cme-referral-received button { margin-left: 12px; }
`;

/** Adds the view's styles to the page, once. */
export function addStyles() {
  if (!document.getElementById('cme-case-view-styles')) {
    document.head.appendChild(h('style', { id: 'cme-case-view-styles' }, STYLE));
  }
}

function section(title, cls, ...content) {
  return h('section', { class: cls }, h('h4', {}, title), ...content);
}

function definitions(pairs) {
  return h('dl', {}, pairs.filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

function table(headings, rows, rowClass) {
  return h('table', {}, h('thead', {}, h('tr', {}, headings.map(t => h('th', {}, t)))),
    h('tbody', {}, rows.map(row => h('tr', { class: rowClass }, row.map(cell => h('td', {}, cell ?? ''))))));
}

function none(text) {
  return h('p', { class: 'cme-muted' }, text);
}

/** The whole case (GET /api/cases/{reference} as an LA team reads it). */
export function caseView(c, id) {
  addStyles();
  const child = c.child || {};
  const name = [child.legalForename, child.legalSurname].filter(Boolean).join(' ');
  const sex = { FEMALE: 'Female', MALE: 'Male', NOT_KNOWN: 'Not known' }[child.sex] || child.sex;
  return h('div', { id, class: 'cme-case-view' },
    h('h3', {}, h('span', { id: id === 'cme-case-view' ? 'cme-case-reference' : null, class: 'cme-case-reference' }, c.reference),
      ' — ', name, ' ', h('span', { class: 'cme-muted' }, '(' + (c.status === 'open' ? 'open' : 'closed') + ')')),
    definitions([
      ['Opened', readable(c.openedAt)],
      ['Closed', c.closedAt ? readable(c.closedAt) + (c.outcome ? ': ' + c.outcome : '') : null],
      ['Reason', c.outcomeReason]
    ]),
    section('Child and family', 'cme-case-child', definitions([
      ['Legal name', name],
      ['Known as', child.preferredName],
      ['Date of birth', readable(child.dateOfBirth, false)],
      ['Year group', child.yearGroup === null || child.yearGroup === undefined ? null
        : child.yearGroup === 0 ? 'Reception' : 'Year ' + child.yearGroup],
      ['Sex', sex],
      ['UPN', child.upn],
      ['Former UPN', child.formerUpn],
      ['Address', child.addressUnknown ? 'Not known' : child.address],
      ['Postcode', child.postcode],
      ['Last school', [child.lastSchoolName, child.lastSchoolUrn ? 'URN ' + child.lastSchoolUrn : null].filter(Boolean).join(', ')],
      ['Social worker', c.socialWorker ? [c.socialWorker.name, c.socialWorker.team, c.socialWorker.email].filter(Boolean).join(', ') : null]
    ]),
    (c.parents || []).length ? table(['Parent or carer', 'Address', 'Phone'],
      c.parents.map(p => [p.name, p.address, p.phone]), 'cme-parent') : null,
    (c.parties || []).length ? table(['School or team', 'Why'],
      c.parties.map(p => [p.groupName || p.groupId, p.basisLabel]), 'cme-party') : null),
    section('Flags', 'cme-case-flags', (c.flags || []).length
      ? (c.flags || []).map(f => h('p', { class: 'cme-flag', 'data-flag': f.code }, h('strong', {}, f.label), f.explanation))
      : none('No flags.')),
    section('Referrals', 'cme-case-referrals', (c.referrals || []).length ? c.referrals.map(referral) : none('No referrals.')),
    section('Enquiries', 'cme-case-enquiries', (c.enquiries || []).length
      ? table(['Sent to', 'Contact', 'Sent', 'Chased', 'Answer', 'Answered'], c.enquiries.map(e => [
        e.agencyLabel, e.contact, readable(e.sentAt), String(e.chaseCount || 0), e.answer,
        e.answeredAt ? readable(e.answeredAt) + (e.answeredBy ? ' by ' + e.answeredBy : '') : 'not yet']), 'cme-enquiry')
      : none('No enquiries yet.')),
    section('Processes', 'cme-case-processes', (c.processes || []).length
      ? table(['Process', 'State', 'Current step', 'Started', 'Ended'], c.processes.map(p => [
        p.processName, p.stateLabel, (p.currentSteps || []).join('; ') || (p.endedAtStep ? 'ended at: ' + p.endedAtStep : ''),
        readable(p.startedAt), readable(p.endedAt)]), 'cme-process')
      : none('No processes.')),
    section('Open tasks', 'cme-case-tasks', (c.openTasks || []).length
      ? table(['Task', 'Process', 'Due', 'Assigned to', 'Team'], c.openTasks.map(t => [
        t.name, t.processName, t.dueAt ? readable(t.dueAt) : 'no due date', t.assignee || 'not claimed',
        (t.candidateGroupNames || t.candidateGroups || []).join(', ')]), 'cme-open-task')
      : none('No open tasks.')),
    section('Letters', 'cme-case-letters', (c.letters || []).length
      ? table(['Letter', 'Made', 'By', 'Template', 'Download'], c.letters.map(l => [
        l.title, readable(l.generatedAt), l.generatedBy, l.templateName + ' (version ' + l.templateVersion + ')',
        h('a', { href: l.href, download: '', class: 'cme-letter-download', 'data-letter': l.id }, 'Download PDF')]),
        'cme-letter')
      : none('No letters.')),
    section('Audit trail', 'cme-case-audit', (c.audit || []).length
      ? table(['When', 'Who', 'What', 'Detail'], c.audit.map(a => [readable(a.at), a.user, a.label, a.detail]),
        'cme-audit-line')
      : none('Nothing recorded.')));
}

function referral(r) {
  return h('div', { class: 'cme-referral', 'data-referral': r.id },
    h('strong', {}, (r.sourceLabel || r.source) + ', received ' + readable(r.receivedAt)),
    definitions([
      ['Referrer', [r.referrerName, r.referrerOrganisation].filter(Boolean).join(', ')],
      ['Contact', [r.referrerEmail, r.referrerPhone].filter(Boolean).join(', ')],
      ['School URN', r.referringSchoolUrn],
      ['Reason or trigger', r.categoryLabel || r.category],
      ['Circumstances', r.circumstances],
      ['Safeguarding concern', r.safeguardingConcern ? (r.safeguardingDetails || 'yes') : null],
      ['Classification', r.classificationLabel ? r.classificationLabel + (r.classificationReason ? ' — ' + r.classificationReason : '') : 'not classified yet'],
      ['Acknowledged', r.acknowledgedAt ? readable(r.acknowledgedAt) + (r.acknowledgedBy ? ' by ' + r.acknowledgedBy : '') : 'not yet']
    ]),
    (r.attemptsToLocate || []).length ? table(['Attempt to locate', 'On', 'Result'],
      r.attemptsToLocate.map(a => [a.stepLabel || a.step, readable(a.on, false), a.result]), 'cme-attempt') : null);
}

/** A school's receipts as a table: reference, child, received, status. */
export function receiptsTable(receipts) {
  addStyles();
  return h('table', { class: 'cme-receipts' },
    h('thead', {}, h('tr', {}, ['Reference', 'Child', 'Received', 'Status'].map(t => h('th', {}, t)))),
    h('tbody', {}, receipts.map(r => h('tr', { class: 'cme-receipt', 'data-reference': r.caseReference },
      h('td', { class: 'cme-receipt-reference' }, r.caseReference),
      h('td', { class: 'cme-receipt-child' }, r.childName),
      h('td', { class: 'cme-receipt-received' }, readable(r.receivedAt)),
      h('td', { class: 'cme-receipt-status', 'data-status': r.status },
        r.statusLabel + (r.statusAt && r.status !== 'received' ? ' (' + readable(r.statusAt) + ')' : ''))))));
}

/** Shows the case with this reference in {@code container}: the whole case, or a school's own receipt. */
export async function showCase(container, reference, api, id) {
  container.replaceChildren(h('p', { class: 'cme-muted' }, 'Loading case ' + reference + '…'));
  const answer = await getJson(API + '/cases/' + encodeURIComponent(reference), api);
  if (answer.status === 200 && answer.body && answer.body.receipts) {
    container.replaceChildren(h('div', { id, class: 'cme-case-view' },
      h('h3', {}, 'Your school\'s referral ', h('span', { class: 'cme-case-reference' }, reference)),
      receiptsTable(answer.body.receipts)));
  } else if (answer.status === 200 && answer.body) {
    container.replaceChildren(caseView(answer.body, id));
  } else if (answer.status === 404) {
    container.replaceChildren(h('div', { id, class: 'cme-case-view' },
      h('p', {}, 'There is no case ' + reference + ' that you may see.')));
  } else {
    container.replaceChildren(h('div', { id, class: 'cme-case-view' },
      h('p', {}, 'The case could not be loaded (' + answer.status + '). Try again, or reload the page.')));
  }
}

const REFERENCE = /^CME-\d{4}-\d{5}$/;

/** The case reference of a task: its caseReference variable, else its process instance's business key. */
export async function caseReferenceOfTask(api, taskId) {
  const variable = await getJson(api.engineApi + '/task/' + taskId + '/variables/caseReference?deserializeValue=false', api);
  if (variable.status === 200 && variable.body && REFERENCE.test(String(variable.body.value))) {
    return variable.body.value;
  }
  const task = await getJson(api.engineApi + '/task/' + taskId, api);
  if (task.status !== 200 || !task.body || !task.body.processInstanceId) {
    return null;
  }
  return businessKeyOf(api, task.body.processInstanceId);
}

/** The case reference that is the business key of a process instance, running or ended; null if none. */
export async function businessKeyOf(api, processInstanceId) {
  const instance = await getJson(api.engineApi + '/history/process-instance/' + processInstanceId, api);
  const key = instance.status === 200 && instance.body ? instance.body.businessKey : null;
  return key && REFERENCE.test(key) ? key : null;
}

function closeButton(id, onClose) {
  return h('button', { type: 'button', id, class: 'btn btn-default cme-close', onclick: onClose }, 'Close');
}

/**
 * The case search ("Find a case"), for the LA's teams: a panel over the page, or, given a container (the
 * Cockpit dashboard), in it.
 */
export function openSearch(api, container) {
  addStyles();
  const existing = document.getElementById('cme-case-search');
  if (existing && !container) {
    existing.querySelector('#cme-case-search-input').focus();
    return;
  }
  const results = h('div', { id: 'cme-case-search-results' });
  const caseArea = h('div', { id: 'cme-search-case-area' });
  const input = h('input', {
    type: 'search', id: 'cme-case-search-input', class: 'form-control', autocomplete: 'off',
    'aria-label': 'Case reference, name, date of birth, UPN or postcode',
    placeholder: 'Case reference, name (part of it), date of birth, UPN or postcode'
  });
  const panel = h('div', container ? { id: 'cme-case-search', class: 'cme-case-search-inline' }
    : { id: 'cme-case-search', class: 'cme-panel', role: 'dialog', 'aria-label': 'Find a case' },
    container ? null : closeButton('cme-case-search-close', () => panel.remove()),
    h('h2', {}, 'Find a case'),
    h('form', {
      onsubmit: async event => {
        event.preventDefault();
        await search(api, input.value, results, caseArea);
      }
    }, input, h('button', { type: 'submit', id: 'cme-case-search-submit', class: 'btn btn-primary' }, 'Search')),
    h('p', { class: 'cme-muted' }, 'For example: CME-2026-00012, kowal, 14/3/2014, A123456789012, SO23 8UJ.'),
    results, caseArea);
  if (container) {
    container.replaceChildren(panel);
  } else {
    document.body.appendChild(panel);
    input.focus();
  }
}

async function search(api, text, results, caseArea) {
  caseArea.replaceChildren();
  if (!text.trim()) {
    results.replaceChildren(h('p', {}, 'Type a case reference, a name, a date of birth, a UPN or a postcode.'));
    return;
  }
  results.replaceChildren(h('p', { class: 'cme-muted' }, 'Searching…'));
  const answer = await getJson(API + '/cases?query=' + encodeURIComponent(text.trim()), api);
  if (answer.status === 400 && answer.body) {
    results.replaceChildren(h('p', { class: 'cme-search-error' },
      (answer.body.errors || []).map(e => e.reason).join('; ') || 'The search could not be read.'));
    return;
  }
  if (answer.status === 403) {
    results.replaceChildren(h('p', { class: 'cme-search-error' }, 'Only the local authority\'s teams may search the case register.'));
    return;
  }
  if (answer.status !== 200 || !answer.body) {
    results.replaceChildren(h('p', { class: 'cme-search-error' }, 'The search failed (' + answer.status + '). Try again.'));
    return;
  }
  const cases = answer.body.cases || [];
  if (!cases.length) {
    results.replaceChildren(h('p', { id: 'cme-search-nothing' }, 'No case found.'));
    return;
  }
  results.replaceChildren(
    h('p', {}, cases.length + (cases.length === 1 ? ' case' : ' cases') + (answer.body.more ? ' (the newest ' + cases.length + '; narrow the search to see others)' : '')),
    ...cases.map(c => h('button', {
      type: 'button', class: 'cme-search-result', 'data-reference': c.reference,
      onclick: () => showCase(caseArea, c.reference, api, 'cme-search-case-view')
    }, h('strong', {}, c.reference), ' — ', c.childName, ', born ', readable(c.dateOfBirth, false), ' — ',
      c.status === 'open' ? 'open' : 'closed' + (c.outcome ? ' (' + c.outcome + ')' : ''), ', opened ', readable(c.openedAt))));
}

/** The "My school's referrals" panel, for school users. */
export async function openMyReferrals(api) {
  addStyles();
  let panel = document.getElementById('cme-my-referrals');
  if (!panel) {
    panel = h('div', { id: 'cme-my-referrals', class: 'cme-panel', role: 'dialog', 'aria-label': 'My school\'s referrals' });
    document.body.appendChild(panel);
  }
  const body = h('div', {}, h('p', { class: 'cme-muted' }, 'Loading…'));
  panel.replaceChildren(closeButton('cme-my-referrals-close', () => panel.remove()),
    h('h2', {}, 'My school\'s referrals'), body);
  const answer = await getJson(API + '/my-school/referrals', api);
  if (answer.status !== 200 || !Array.isArray(answer.body)) {
    body.replaceChildren(h('p', {}, 'Your school\'s referrals could not be loaded (' + answer.status + ').'));
  } else if (!answer.body.length) {
    body.replaceChildren(h('p', { id: 'cme-my-referrals-none' }, 'Your school has made no referral yet.'));
  } else {
    body.replaceChildren(h('p', {}, 'The newest first. Received: the CME team has it; acknowledged: an officer has'
      + ' taken it up; closed: the case is closed, with its outcome.'), receiptsTable(answer.body));
  }
}

/** Tells the school the reference of the referral it has just submitted. */
export async function announceNewestReferral(api, hint) {
  addStyles();
  const answer = await getJson(API + '/my-school/referrals', api);
  const newest = answer.status === 200 && Array.isArray(answer.body) && answer.body.length ? answer.body[0] : null;
  const reference = hint && REFERENCE.test(hint) ? hint : newest && newest.caseReference;
  if (!reference) {
    return;
  }
  const old = document.getElementById('cme-referral-received');
  if (old) {
    old.remove();
  }
  const banner = h('div', { id: 'cme-referral-received', role: 'status' },
    'Referral received: ', h('strong', { class: 'cme-case-reference' }, reference),
    '. Keep this reference; "My school\'s referrals" shows its status.',
    h('button', { type: 'button', class: 'btn btn-default', onclick: () => banner.remove() }, 'OK'));
  document.body.appendChild(banner);
}
