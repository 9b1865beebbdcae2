// Tasklist plugins of the CME application (issue 9), registered in config.js (customScripts): the
// "Case" tab on every task (tasklist.task.detail), "Find a case" for the LA's teams and "My school's
// referrals" for school users (tasklist.navbar.action), and the reference of a referral a school has just
// submitted. The views are the shared module /cme-ui/case-view.js (also used by Cockpit);
// docs/case-view.md lists the ids and classes.
import {
  announceNewestReferral, caseReferenceOfTask, getJson, h, openMyReferrals, openSearch, showCase, API
} from '/cme-ui/case-view.js';

/** What the user may read of the register (GET /api/me): asked once per page. */
let role;
function roleOf(api) {
  if (!role) {
    role = getJson(API + '/me', api).then(answer => answer.status !== 200 || !answer.body ? 'nothing'
      : { WHOLE_CASES: 'la', OWN_SCHOOL_RECEIPTS: 'school' }[answer.body.caseReading] || 'nothing');
  }
  return role;
}

const SCHOOL_REFERRAL_START = /\/process-definition\/(key\/school-referral|school-referral:[^/]+)\/submit-form$/;

/** After a school's referral form is submitted, shows "Referral received: CME-…". */
function watchReferralStarts(api) {
  if (window.cmeWatchingReferralStarts) {
    return;
  }
  window.cmeWatchingReferralStarts = true;
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.cmeRequest = { method: String(method).toUpperCase(), url: String(url).split('?')[0] };
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...args) {
    const request = this.cmeRequest;
    if (request && request.method === 'POST' && /\/submit-form$/.test(request.url)) {
      this.addEventListener('load', () => {
        if (this.status < 200 || this.status >= 300) {
          return;
        }
        let started = {};
        try {
          started = JSON.parse(this.responseText || '{}');
        } catch (e) {
          started = {};
        }
        const definition = String(started.definitionId || '');
        if (SCHOOL_REFERRAL_START.test(request.url) || definition.startsWith('school-referral:')) {
          announceNewestReferral(api, started.businessKey);
        }
      });
    }
    return send.apply(this, args);
  };
}

const CASE_REFERENCE = /^CME-\d{4}-\d{5}$/;

/**
 * On a task that compares two cases (Confirm whether this is the same child), the other case too, under
 * the task's own: #cme-matched-case-view.
 */
async function showMatchedCase(node, api, taskId, reference) {
  const matched = await getJson(api.engineApi + '/task/' + taskId
    + '/variables/matchedCaseReference?deserializeValue=false', api);
  const other = matched.status === 200 && matched.body ? String(matched.body.value) : null;
  if (!other || !CASE_REFERENCE.test(other) || other === reference) {
    return;
  }
  const area = h('div', {});
  node.appendChild(h('section', { class: 'cme-matched-case' },
    h('h3', {}, 'The possible match: case ' + other), area));
  showCase(area, other, api, 'cme-matched-case-view');
}

export default [
  {
    id: 'cme-case-tab',
    pluginPoint: 'tasklist.task.detail',
    priority: 900,
    label: 'Case',
    properties: { label: 'Case' },
    render: (node, { api, taskId }) => {
      const area = h('div', {}, h('p', { class: 'cme-muted' }, 'Loading the case…'));
      node.replaceChildren(area);
      caseReferenceOfTask(api, taskId).then(reference => {
        if (!reference) {
          area.replaceChildren(h('div', { id: 'cme-case-view', class: 'cme-case-view' },
            h('p', {}, 'This task does not belong to a case.')));
          return;
        }
        showCase(area, reference, api, 'cme-case-view');
        showMatchedCase(node, api, taskId, reference);
      });
    }
  },
  {
    id: 'cme-navbar',
    pluginPoint: 'tasklist.navbar.action',
    priority: 200,
    render: (node, { api }) => {
      roleOf(api).then(who => {
        if (who === 'school') {
          watchReferralStarts(api);
          node.replaceChildren(h('button', {
            type: 'button', id: 'cme-my-referrals-button', class: 'cme-navbar-button',
            title: 'Your school\'s referrals and their status', onclick: () => openMyReferrals(api)
          }, 'My school\'s referrals'));
        } else if (who === 'la') {
          node.replaceChildren(h('button', {
            type: 'button', id: 'cme-case-search-button', class: 'cme-navbar-button',
            title: 'Find a case by reference, name, date of birth, UPN or postcode', onclick: () => openSearch(api)
          }, 'Find a case'));
        }
      });
    }
  }
];
