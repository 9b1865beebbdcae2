// Camunda webapp configuration (the documented customisation point, not a fork of the webapp):
// shows the service's name instead of Camunda's and uses UK date formats.
const config = {
  app: {
    name: 'Tasklist',
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
  disableWelcomeMessage: true,
  assignProcessInstanceIdToTaskComment: true,
  // Plug-ins (ES modules, paths below app/tasklist/). One entry per plug-in, each in its own file.
  customScripts: [
    // "Create task" and the filter pencil only for those with the right (issue 9)
    'scripts/cme-rights.js',
  ],
};

// the Case tab, Find a case, My school's referrals (issue 9; docs/case-view.md): added to whatever plug-ins are listed above, so that each plug-in keeps its own line
config.customScripts = [...(config.customScripts || []), 'scripts/cme-tasklist.js'];

export default config;
