// Children Missing Education: Tasklist offers the filter pencil (edit, delete, details) only to those
// with the right (issue 9). Camunda's Tasklist shows it to every user; a school that used it met a
// failure. This plug-in (a Tasklist navbar action that renders nothing) asks the engine, for the
// logged-in user, whether they may create filters, and marks <body> with cme-may-edit-filters;
// user-styles.css hides the pencil unless marked. An answer other than "authorized" (a refusal, an
// error) hides it. "Create task" is hidden for everyone by user-styles.css: the engine makes no task
// outside a process (application.yaml, standalone-tasks-enabled).
// Documented customisation (customScripts in config.js), not a fork.

const RIGHTS = [
  // resource type ids: org.camunda.bpm.engine.authorization.Resources
  { css: 'cme-may-edit-filters', resourceName: 'filter', resourceType: 5 }
];

function engineRoot(api) {
  if (api && api.engineApi) {
    return api.engineApi.replace(/\/$/, '');
  }
  const base = document.querySelector('base');
  const engineApi = (base && base.getAttribute('engine-api')) || '/camunda/api/engine/';
  return engineApi.replace(/\/$/, '') + '/engine/default';
}

function clear() {
  RIGHTS.forEach(right => document.body.classList.remove(right.css));
}

async function check(api) {
  clear();
  await Promise.all(RIGHTS.map(async right => {
    const url = engineRoot(api) + '/authorization/check?permissionName=CREATE'
      + '&resourceName=' + right.resourceName + '&resourceType=' + right.resourceType;
    try {
      const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (response.ok && (await response.json()).authorized === true) {
        document.body.classList.add(right.css);
      }
    } catch (e) {
      // no answer: leave the control hidden
    }
  }));
}

export default {
  id: 'cme-rights',
  pluginPoint: 'tasklist.navbar.action',
  priority: -1000,
  render: (node, { api } = {}) => {
    check(api);
  },
  unmount: () => {
    clear();
  }
};
