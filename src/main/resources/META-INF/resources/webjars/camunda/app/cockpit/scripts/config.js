// Camunda webapp configuration (the documented customisation point, not a fork of the webapp):
// shows the service's name instead of Camunda's and uses UK date formats.
const config = {
  app: {
    name: 'Cockpit',
    vendor: 'Children Missing Education'
  },
  dateFormat: {
    normal: 'D MMM YYYY, HH:mm',
    long: 'dddd D MMMM YYYY, HH:mm'
  },
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },

};

// the case search on the dashboard and the Case tab of a process instance (issue 9; docs/case-view.md): added to whatever plug-ins are listed above, so that each plug-in keeps its own line
config.customScripts = [...(config.customScripts || []), 'scripts/cme-cockpit.js'];

export default config;
