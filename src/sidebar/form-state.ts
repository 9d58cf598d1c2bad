// Reads the form into what the server takes, and clears it for the next report.
import type { FormField, IncidentForm } from '../domain/intake/incident-form';
import { zonedIso } from './wall-time';
import type { SidebarView } from './form-view';

/** The form as sent: plain strings, the occurrence time as ISO 8601 with the sheet zone's offset. */
export function readForm(view: SidebarView, timeZone: string): IncidentForm {
  const form = {} as IncidentForm;
  for (const field of view.fields) form[field] = view.controls[field].value;
  // Blank means "when I submit"; anything unreadable is sent as typed so validation can name it.
  if (form.occurredAt !== '') form.occurredAt = zonedIso(form.occurredAt, timeZone) ?? form.occurredAt;
  return form;
}

/**
 * Empties every field except those in `keep`. The occurrence time starts blank: its hint says blank
 * means "when I submit", and a time filled in at opening would go stale while the person types.
 */
export function resetForm(view: SidebarView, keep: Partial<Record<FormField, string>>): void {
  for (const field of view.fields) view.controls[field].value = keep[field] ?? '';
}

/** Which field an event came from, if any. */
export function fieldOf(view: SidebarView, target: EventTarget | null): FormField | undefined {
  return view.fields.find((field) => view.controls[field] === target);
}
