// Camunda webapp configuration (the documented customisation point, not a fork of the webapp):
// shows the service's name instead of Camunda's and uses UK date formats.
export default {
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
