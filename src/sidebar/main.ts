// The sidebar's entry point: read the injected bootstrap, draw the form in the user's language, wire it.
import { readBootstrap, serverClock } from './bootstrap';
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
  const view = renderSidebar(root, bootstrap.lang, bootstrap.timeZone, {
    on: bootstrap.escalationOn,
    by: bootstrap.escalationBy,
    lastSweep: bootstrap.lastSweep,
  });
  wireReportForm(view, bootstrap, serverClock(bootstrap.openedAt));
}

start();
