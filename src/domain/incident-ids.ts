// Incident IDs (INC-0001): unique, never reused, independent of row position so they survive sorting.
const ID_PATTERN = /^INC-(\d+)$/;

/**
 * The largest sequence numbering continues from. A longer typed ID (INC-99999999999999999999) is
 * kept as the team's own but not counted: past 2^53 a Number cannot tell n from n + 1, so counting
 * on from it would hand out the same ID twice. 15 digits is far beyond any team's incidents and
 * leaves room below 2^53 (≈ 9 × 10^15) for every row a sheet can hold, so no count up from here
 * ever loses precision. (BigInt was rejected: one typo would make every later ID 20 digits long.)
 */
const MAX_SEQUENCE = 10 ** 15 - 1;

/**
 * The stored floor only grows by numbering, at most a sheet's rows (10 million cells) past a counted
 * sequence, so a floor beyond this is a stale value from before MAX_SEQUENCE and is ignored.
 */
const MAX_FLOOR = 2 * 10 ** 15;

export function formatIncidentId(sequence: number): string {
  return `INC-${String(sequence).padStart(4, '0')}`;
}

/** The sequence of one ID, or null when it is not one numbering counts (see MAX_SEQUENCE). */
export function idSequence(id: unknown): number | null {
  const match = typeof id === 'string' ? ID_PATTERN.exec(id.trim()) : null;
  const sequence = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(sequence) && sequence <= MAX_SEQUENCE ? sequence : null;
}

/** The highest sequence number among existing IDs (0 when there are none). */
export function highestSequence(ids: readonly unknown[]): number {
  let highest = 0;
  for (const id of ids) highest = Math.max(highest, idSequence(id) ?? 0);
  return highest;
}

/** A stored floor (document property text or number) as a sequence; 0 when unreadable or stale. */
export function readFloor(stored: unknown): number {
  const floor = typeof stored === 'number' ? stored : Number(stored ?? 0);
  return Number.isSafeInteger(floor) && floor >= 0 && floor <= MAX_FLOOR ? floor : 0;
}

/**
 * IDs for the rows that lack one, continuing after the highest in use. `floor` is a sequence already
 * handed out (kept in document properties), so an ID is never reused even after rows are deleted.
 */
export function assignIncidentIds(ids: readonly unknown[], floor = 0): { ids: string[]; highest: number } {
  let next = Math.max(readFloor(floor), highestSequence(ids));
  const assigned = ids.map((id) => (typeof id === 'string' && id.trim() !== '' ? id : formatIncidentId(++next)));
  return { ids: assigned, highest: next };
}
