// The sequence new incident IDs continue from: the highest in the sheet or ever handed out.
import { highestSequence, readFloor } from '../domain/incident-ids';

/** Document property holding the highest sequence ever handed out, so IDs are never reused. */
export const ID_FLOOR_PROPERTY = 'incidentIdFloor';

export function readIdFloor(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  idColumn: number | undefined,
  properties: GoogleAppsScript.Properties.Properties,
): number {
  const stored = readFloor(properties.getProperty(ID_FLOOR_PROPERTY));
  const lastRow = sheet.getLastRow();
  if (idColumn === undefined || lastRow < 2) return stored;
  return Math.max(
    stored,
    highestSequence(
      sheet
        .getRange(2, idColumn + 1, lastRow - 1, 1)
        .getValues()
        .flat(),
    ),
  );
}

export function recordIdFloor(properties: GoogleAppsScript.Properties.Properties, highest: number): void {
  properties.setProperty(ID_FLOOR_PROPERTY, String(highest));
}
