// Incident IDs (INC-0001): unique, never reused, independent of row position so they survive sorting.
const ID_PATTERN = /^INC-(\d+)$/;

export function formatIncidentId(sequence: number): string {
  return `INC-${String(sequence).padStart(4, '0')}`;
}

/** The highest sequence number among existing IDs (0 when there are none). */
export function highestSequence(ids: readonly unknown[]): number {
  let highest = 0;
  for (const id of ids) {
    const match = typeof id === 'string' ? ID_PATTERN.exec(id.trim()) : null;
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest;
}

/**
 * IDs for the rows that lack one, continuing after the highest in use. `floor` is a sequence already
 * handed out (kept in document properties), so an ID is never reused even after rows are deleted.
 */
export function assignIncidentIds(ids: readonly unknown[], floor = 0): { ids: string[]; highest: number } {
  let next = Math.max(floor, highestSequence(ids));
  const assigned = ids.map((id) => (typeof id === 'string' && id.trim() !== '' ? id : formatIncidentId(++next)));
  return { ids: assigned, highest: next };
}
