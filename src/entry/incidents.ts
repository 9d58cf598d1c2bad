// The sidebar's incident view (steps 4–7 of docs/domain.md §7), called with google.script.run:
// plain JSON in and out, as src/domain/intake/incident-contract.ts specifies.
import { actOnIncidentWith } from '../adapters/incident-actions';
import { listIncidentsWith, openIncidentWith } from '../adapters/incident-view';
import type { IncidentListItem, IncidentRef, IncidentView } from '../domain/intake/incident-contract';
import { liveServices } from './services';

/** The open incidents, those addressed to the user first, then the worst level, then overdue. */
export function listIncidents(): IncidentListItem[] {
  return listIncidentsWith(liveServices(), new Date());
}

/** The incident of `ref.id`, or of the incidents sheet's selected row, with its measures and history. */
export function openIncident(ref?: IncidentRef): IncidentView {
  return openIncidentWith(liveServices(), ref, new Date());
}

/** Records one step (acknowledge, escalate now, a measure, resolve, close…) and answers the view after it. */
export function actOnIncident(action: unknown): IncidentView {
  return actOnIncidentWith(liveServices(), action, new Date());
}
