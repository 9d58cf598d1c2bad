// The quiet-hour gate: most hours nothing is due and nobody touched the sheet, and reading 100,000
// incidents to learn that would move tens of megabytes. After a full run, the moment anything could
// next fall due is kept with what the sheet looked like; an hourly run before that moment, with the
// sheet's size, the settings and the edit stamp unchanged, reads nothing more and sends nothing.
import type { Properties } from './escalation-services';
import { fingerprint } from './large-property';

const GATE = 'escalationQuietGate';
const EDITED = 'escalationEditedAt';

/**
 * A full read at least every this often, whatever the gate says: edits the stamp cannot see (a
 * colleague's in AuthMode.NONE, where onEdit may touch nothing; an import or another script's write)
 * are then seen within this span. Deadlines themselves are never late: they are in `until`.
 */
export const MAX_QUIET_MS = 3 * 3_600_000;

interface Gate {
  until: number;
  fullAt: number;
  rows: number;
  columns: number;
  settings: string;
  edited: string;
}

export interface SheetShape {
  readonly rows: number;
  readonly columns: number;
  readonly settingsGrid: unknown;
}

/** onEdit on the incidents sheet: one property write, so the next hourly run reads the sheet. */
export function markEdited(props: Properties, now: Date): void {
  props.setProperty(EDITED, String(now.getTime()));
}

function shapeOf(props: Properties, shape: SheetShape, until: number, now: Date): Gate {
  return {
    until,
    fullAt: now.getTime(),
    rows: shape.rows,
    columns: shape.columns,
    settings: fingerprint(JSON.stringify(shape.settingsGrid)),
    edited: props.getProperty(EDITED) ?? '',
  };
}

/** At the start of a full run: should it be cut off, the next hour reads the sheet again. */
export function clearGate(props: Properties): void {
  props.deleteProperty(GATE);
}

/** After a full run that left nothing waiting: quiet until `until`. Otherwise no gate. */
export function saveGate(props: Properties, shape: SheetShape | null, until: number, now: Date): void {
  if (shape === null || !Number.isFinite(until) || until <= now.getTime()) clearGate(props);
  else props.setProperty(GATE, JSON.stringify(shapeOf(props, shape, until, now)));
}

/** Whether this hour may skip reading the incidents: before `until`, within MAX_QUIET_MS, nothing changed. */
export function gateHolds(props: Properties, shape: () => SheetShape, now: Date): boolean {
  const text = props.getProperty(GATE);
  if (text === null) return false;
  let gate: Gate;
  try {
    gate = JSON.parse(text) as Gate;
  } catch {
    return false;
  }
  const t = now.getTime();
  if (t >= gate.until || t - gate.fullAt >= MAX_QUIET_MS || t < gate.fullAt) return false;
  const current = shapeOf(props, shape(), gate.until, new Date(gate.fullAt));
  return (
    current.edited === gate.edited &&
    current.rows === gate.rows &&
    current.columns === gate.columns &&
    current.settings === gate.settings
  );
}
