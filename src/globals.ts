// The top-level functions Apps Script sees. esbuild wraps the bundle in an IIFE (hiding its functions)
// and strips comments, so these forwarding stubs are transpiled by TypeScript with their JSDoc kept
// and appended after the bundle: `@customfunction` JSDoc is what gives formula autocomplete.
// Adding a global: export it from src/entry/index.ts, then add a stub here with the same name.

declare const AddOn: typeof import('./entry/index');
type CellArg = Parameters<typeof AddOn.RISKLEVEL>[0];

/**
 * Risk level (リスクレベル) from impact (影響度) and urgency (緊急度), by the 3x3 escalation matrix.
 * Takes single cells or whole columns: =RISKLEVEL(E2:E, F2:F) fills every row; blank rows stay blank.
 * Grades: 高/中/低, 高影響度・高緊急度…, High/Medium/Low, H/M/L or 3/2/1 (3 = high).
 * Output follows the words typed (高 → 非常に高リスク, High → Very high); numbers give Japanese
 * unless language is "en". A bad cell in a range shows "⚠ " and the reason; a single bad cell is an error.
 *
 * @param {string|number|Array<Array<string|number>>} impact 影響度 (impact): a grade or a range of grades.
 * @param {string|number|Array<Array<string|number>>} urgency 緊急度 (urgency): a grade or a range the same size as impact.
 * @param {Array<Array<string>>} [matrix] Optional 3x3 range of level names: rows urgency high→low,
 *   columns impact low→high.
 * @param {string} [language] Optional "ja" or "en" to force the output language; blank follows the input.
 * @return {string|Array<Array<string>>} 非常に高リスク / 高リスク / 中リスク / 低リスク (or Very high / High / Medium / Low).
 * @customfunction
 */
function RISKLEVEL(impact: CellArg, urgency: CellArg, matrix?: CellArg, language?: CellArg) {
  return AddOn.RISKLEVEL(impact, urgency, matrix, language);
}

/**
 * What a risk level means for escalation (判断基準), in the language of the level given.
 * Takes one cell or a whole column: =RISKDECISION(G2:G).
 *
 * @param {string|Array<Array<string>>} level 非常に高リスク/高リスク/中リスク/低リスク or Very high/High/Medium/Low.
 * @param {string} [language] Optional "ja" or "en" to force the output language.
 * @return {string|Array<Array<string>>} The escalation decision for each level.
 * @customfunction
 */
function RISKDECISION(level: CellArg, language?: CellArg) {
  return AddOn.RISKDECISION(level, language);
}

/** Builds the add-on menu (may run in AuthMode.NONE). @param {Object} e The open event. */
function onOpen(e?: Parameters<typeof AddOn.onOpen>[0]) {
  AddOn.onOpen(e);
}

/** Runs when the add-on is installed: builds the menu. @param {Object} e The install event. */
function onInstall(e?: Parameters<typeof AddOn.onInstall>[0]) {
  AddOn.onInstall(e);
}

/** Simple trigger: completes rows typed or pasted into the incidents sheet. @param {Object} e The edit event. */
function onEdit(e?: Parameters<typeof AddOn.onEdit>[0]) {
  AddOn.onEdit(e);
}

/** Menu: creates the incidents sheet, dropdowns, colours and settings; safe to run again. */
function setUpSheets() {
  AddOn.setUpSheets();
}

/** Menu: opens the incident report sidebar. */
function showSidebar() {
  AddOn.showSidebar();
}

/** Sidebar: appends one incident report. @param {Object} form The report form's fields. */
function submitIncident(form: unknown) {
  return AddOn.submitIncident(form);
}

/**
 * The hourly escalation sweep (time-driven trigger handler): sends the notices due and records them.
 * The event's triggerUid finds the spreadsheet when Apps Script gives the run no active document.
 */
function checkEscalations(e?: { triggerUid?: string }) {
  return AddOn.checkEscalations(e);
}

/** Menu: turn on the hourly escalation sweep (one trigger; running it again makes no second one). */
function turnOnEscalations() {
  return AddOn.turnOnEscalations();
}

/** Menu: turn off the hourly escalation sweep. */
function turnOffEscalations() {
  return AddOn.turnOffEscalations();
}

/** Menu: show who the next run would email, about what and why, without sending. */
function previewEscalations() {
  return AddOn.previewEscalations();
}

/** Menu: the dashboard (open risk, escalation speed, late steps, trends) refreshed now. */
function refreshDashboard() {
  return AddOn.refreshDashboard();
}

/** Menu: the escalation flow drawn, a check of the rules and a rehearsal, nothing sent. */
function showRehearsal() {
  return AddOn.showRehearsal();
}

/** The rehearsal dialog's form: the timeline of an open or hypothetical incident if nobody acts. */
function rehearseIncident(form: unknown) {
  return AddOn.rehearseIncident(form);
}

/** Sidebar: the open incidents, those addressed to the user first. */
function listIncidents() {
  return AddOn.listIncidents();
}

/** Sidebar: one incident (by ID, or the selected row), its measures and history. @param {Object} ref { id } or {}. */
function openIncident(ref?: Parameters<typeof AddOn.openIncident>[0]) {
  return AddOn.openIncident(ref);
}

/** Sidebar: records one step of steps 4–7 on an incident. @param {Object} action The step and its fields. */
function actOnIncident(action: unknown) {
  return AddOn.actOnIncident(action);
}
