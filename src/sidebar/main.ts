// The sidebar's entry point: read the injected bootstrap, draw the two views (the report form and the
// incident view) in the user's language behind a tab list, wire them.
import { readBootstrap, serverClock } from './bootstrap';
import { h } from './dom';
import { INCIDENT_MESSAGES } from './incidents/incident-messages';
import { renderIncidentPanel } from './incidents/incident-panel';
import { renderTabs } from './tabs';
import { renderSidebar } from './form-view';
import { wireReportForm } from './report-form';
import { SIDEBAR_MESSAGES } from './sidebar-messages';

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const bootstrap = readBootstrap(document.getElementById('bootstrap')?.textContent ?? '', {
    locale: navigator.language,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    now: new Date(),
  });
  document.documentElement.lang = bootstrap.lang;
  document.title = SIDEBAR_MESSAGES[bootstrap.lang].title;
  const now = serverClock(bootstrap.openedAt);
  const reportPanel = h('div', { class: 'panel' });
  const incidentsPanel = h('div', { class: 'panel' });
  const showIncidents = renderIncidentPanel(incidentsPanel, bootstrap.lang, bootstrap.owner, now);
  const tabs = INCIDENT_MESSAGES[bootstrap.lang].tabs;
  root.replaceChildren(
    renderTabs(tabs.label, [
      { id: 'report', label: tabs.report, panel: reportPanel },
      { id: 'incidents', label: tabs.incidents, panel: incidentsPanel, onShow: showIncidents },
    ]),
    reportPanel,
    incidentsPanel,
  );
  const view = renderSidebar(reportPanel, bootstrap.lang, bootstrap.timeZone, {
    on: bootstrap.escalationOn,
    by: bootstrap.escalationBy,
    lastSweep: bootstrap.lastSweep,
  });
  wireReportForm(view, bootstrap, now);
}

start();
