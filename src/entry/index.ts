// Every name Apps Script may call. src/globals.ts forwards to each of these from a top-level function;
// tests/bundle proves the two lists stay the same.
export { RISKDECISION, RISKLEVEL } from './custom-functions';
export { onInstall, onOpen } from './menu';
export { onEdit, setUpSheets, showSidebar, submitIncident } from './intake';
export { checkEscalations, previewEscalations, turnOffEscalations, turnOnEscalations } from './escalation';
export { refreshDashboard, rehearseIncident, showRehearsal } from './review';
export { actOnIncident, listIncidents, openIncident } from './incidents';
