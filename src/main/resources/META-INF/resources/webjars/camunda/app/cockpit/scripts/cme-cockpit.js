// Cockpit plugins of the CME application (issue 9), registered in config.js (customScripts): the case
// search on the dashboard (cockpit.dashboard) and the Case tab of a process instance
// (cockpit.processInstance.runtime.tab), for the CME manager. The views are the shared module
// /cme-ui/case-view.js (also used by Tasklist); docs/case-view.md lists the ids and classes.
import { businessKeyOf, h, openSearch, showCase } from '/cme-ui/case-view.js';

export default [
  {
    id: 'cme-case-search-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    label: 'Find a case',
    properties: { label: 'Find a case' },
    render: (node, { api }) => {
      const area = h('div', {});
      node.replaceChildren(h('section', { class: 'dashboard-row' },
        h('p', {}, 'Every case in the register, open or closed: by case reference, name (part of it), date of birth,'
          + ' UPN or postcode. Opening a case is recorded in its audit trail.'), area));
      openSearch(api, area);
    }
  },
  {
    id: 'cme-case-instance-tab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 20,
    label: 'Case',
    properties: { label: 'Case' },
    render: (node, { api, processInstanceId }) => {
      const area = h('div', {}, h('p', {}, 'Loading the case…'));
      node.replaceChildren(area);
      businessKeyOf(api, processInstanceId).then(reference => {
        if (!reference) {
          area.replaceChildren(h('div', { id: 'cme-case-view', class: 'cme-case-view' },
            h('p', {}, 'This process instance does not belong to a case.')));
          return;
        }
        showCase(area, reference, api, 'cme-case-view');
      });
    }
  }
];
