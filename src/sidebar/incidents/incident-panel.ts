// The incident view's behaviour: the list of open incidents (loaded when the tab is first shown),
// one incident opened from it or from the selected row, one step's form at a time, and after each
// step the server's new state with a confirmation that takes focus.
import type { IncidentAction, IncidentView, MeasureView } from '../../domain/intake/incident-contract';
import type { Lang } from '../../domain/language';
import { h } from '../dom';
import { renderActionForm } from './action-form';
import type { ActionKind } from './incident-actions';
import { renderIncidentDetail } from './incident-detail';
import { renderIncidentList } from './incident-list';
import { INCIDENT_MESSAGES } from './incident-messages';
import { type IncidentServer, incidentServer, serverMessage } from './incident-run';

interface Panel {
  lang: Lang;
  user: string;
  now: () => Date;
  server: IncidentServer | null;
  body: HTMLElement;
  alert: HTMLElement;
  confirm: HTMLElement;
  loaded: boolean;
  /** The open step form and the button to give focus back to when it closes. */
  openForm: { form: HTMLFormElement; opener: HTMLButtonElement } | null;
}

/** Fills `root` and returns what to call each time the tab is shown. */
export function renderIncidentPanel(root: HTMLElement, lang: Lang, user: string, now: () => Date): () => void {
  const text = INCIDENT_MESSAGES[lang];
  const panel: Panel = {
    lang,
    user,
    now,
    server: incidentServer(),
    body: h('div', { id: 'incident-body', 'aria-busy': 'false' }),
    alert: h('div', { id: 'incident-alert', class: 'alert', role: 'alert', tabindex: '-1' }),
    confirm: h('div', { id: 'incident-confirm', class: 'result', role: 'status', tabindex: '-1' }),
    loaded: false,
    openForm: null,
  };
  const openSelected = h('button', { type: 'button', class: 'secondary', id: 'open-selected' }, text.openSelected);
  const refresh = h('button', { type: 'button', class: 'secondary', id: 'refresh-list' }, text.refresh);
  openSelected.addEventListener('click', () => void openIncident(panel, {}));
  refresh.addEventListener('click', () => void showList(panel));
  root.replaceChildren(
    h('h1', { id: 'incidents-title' }, text.listTitle),
    h('div', { class: 'toolbar' }, openSelected, refresh),
    panel.alert,
    panel.confirm,
    panel.body,
  );
  return () => {
    if (panel.loaded) return;
    panel.loaded = true;
    void showList(panel);
  };
}

/** Runs one server call with the body marked busy; a failure is shown above the body as text. */
async function load<T>(panel: Panel, call: (server: IncidentServer) => Promise<T>): Promise<T | null> {
  const text = INCIDENT_MESSAGES[panel.lang];
  panel.alert.replaceChildren();
  if (!panel.server) {
    panel.alert.replaceChildren(h('strong', {}, text.loadFailed), h('p', { class: 'message' }, text.noServer));
    return null;
  }
  panel.body.setAttribute('aria-busy', 'true');
  try {
    return await call(panel.server);
  } catch (error) {
    panel.alert.replaceChildren(
      h('strong', {}, text.loadFailed),
      h('p', { class: 'message' }, serverMessage(error).trim() || text.unknownError),
    );
    panel.alert.focus();
    return null;
  } finally {
    panel.body.setAttribute('aria-busy', 'false');
  }
}

async function showList(panel: Panel, focusId?: string): Promise<void> {
  panel.confirm.replaceChildren();
  panel.openForm = null;
  panel.body.replaceChildren(h('p', { class: 'status' }, INCIDENT_MESSAGES[panel.lang].loading));
  const items = await load(panel, (server) => server.listIncidents());
  if (!items) {
    panel.body.replaceChildren();
    return;
  }
  // Those addressed to the user first, as the contract promises, kept so whatever order arrives.
  const sorted = [...items].sort((a, b) => Number(b.addressedToMe) - Number(a.addressedToMe));
  panel.body.replaceChildren(renderIncidentList(sorted, panel.lang, (id) => void openIncident(panel, { id })));
  if (focusId) document.getElementById(`open-${focusId}`)?.focus();
}

async function openIncident(panel: Panel, ref: { id?: string }): Promise<void> {
  panel.confirm.replaceChildren();
  const view = await load(panel, (server) => server.openIncident(ref));
  if (!view) return;
  showIncident(panel, view);
  document.getElementById('incident-heading')?.focus();
}

function showIncident(panel: Panel, view: IncidentView): void {
  panel.openForm = null;
  panel.body.replaceChildren(
    renderIncidentDetail(view, {
      lang: panel.lang,
      now: panel.now,
      back: () => void showList(panel, view.id),
      startAction: (kind, opener, measure) => startAction(panel, view, kind, opener, measure),
    }),
  );
}

function startAction(
  panel: Panel,
  view: IncidentView,
  kind: ActionKind,
  opener: HTMLButtonElement,
  measure?: MeasureView,
): void {
  closeForm(panel, false);
  panel.confirm.replaceChildren();
  const close = () => closeForm(panel, true);
  const { form, focus } = renderActionForm({
    kind,
    view,
    measure,
    lang: panel.lang,
    user: panel.user,
    close,
    send: (action) => act(panel, action, kind),
  });
  opener.setAttribute('aria-expanded', 'true');
  opener.closest('.action-buttons')?.after(form);
  panel.openForm = { form, opener };
  focus();
}

function closeForm(panel: Panel, refocus: boolean): void {
  const open = panel.openForm;
  if (!open) return;
  open.form.remove();
  open.opener.setAttribute('aria-expanded', 'false');
  panel.openForm = null;
  if (refocus) open.opener.focus();
}

/** Rejects with the server's error, so the form can show its message and keep what was typed. */
async function act(panel: Panel, action: IncidentAction, kind: ActionKind): Promise<void> {
  const text = INCIDENT_MESSAGES[panel.lang];
  if (!panel.server) throw new Error(text.noServer);
  const view = await panel.server.actOnIncident(action);
  showIncident(panel, view);
  const stage = view.stage ? text.stage(view.stage) : text.noStage;
  panel.confirm.replaceChildren(
    h('p', {}, h('strong', {}, text.done(text.actions[kind], view.id))),
    h('p', {}, text.nowState(view.status, stage)),
  );
  panel.confirm.focus();
}
