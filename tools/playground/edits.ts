// A person typing into a cell: the value goes through the fake Range as in Sheets, data
// validation that rejects input is honoured, then the add-on's edit triggers run.
import type { FakeValidation } from '../fakes/builders';
import type { FakeSheet } from '../fakes/sheet';
import { AuthMode } from '../fakes/script-app';
import { refusal } from './messages';
import type { PlaygroundSession } from './session';

export interface CellAddress {
  sheet: FakeSheet;
  row: number;
  column: number;
  a1: string;
}

/** Reads 'B2' (on the current sheet) or 'インシデント!B2' / "'My sheet'!B2"; refuses anything else. */
export function resolveCell(session: PlaygroundSession, reference: unknown, currentSheet: unknown): CellAddress {
  const text = typeof reference === 'string' ? reference.trim() : '';
  const match = /^(?:(?:'((?:[^']|'')+)'|([^!']+))!)?\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/.exec(text);
  if (!match) throw refusal('badCellReference', String(reference ?? ''));
  const [, quoted, plain, letters = '', digits = ''] = match;
  const sheetName = quoted?.replace(/''/g, "'") ?? plain?.trim() ?? String(currentSheet ?? '');
  const sheet = session.fakes.spreadsheet.sheet(sheetName);
  if (!sheet) throw refusal('unknownSheet', sheetName);
  const column = [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  if (column > 18_278) throw refusal('badCellReference', text);
  return { sheet, row: Number(digits), column, a1: `${letters.toUpperCase()}${digits}` };
}

export function editCell(session: PlaygroundSession, address: CellAddress, input: unknown): void {
  const text = typeof input === 'string' ? input : input === null || input === undefined ? '' : String(input);
  const { sheet, row, column } = address;
  checkValidation(sheet.validations.get(`${row}:${column}`), text);
  const old = sheet.read(row, column);
  const range = sheet.getRange(row, column);
  if (text === '') range.clearContent();
  else range.setValue(text);
  const event: Record<string, unknown> = {
    authMode: AuthMode.LIMITED,
    source: session.fakes.spreadsheet.self(),
    range,
    user: 'you@example.com',
  };
  if (text !== '' && !text.startsWith('=')) event.value = text.startsWith("'") ? text.slice(1) : text;
  if (old.value !== '' && !old.formula)
    event.oldValue = old.value instanceof Date ? old.value.toISOString() : String(old.value);
  runEditTriggers(session, event);
}

function checkValidation(rule: FakeValidation | null | undefined, text: string): void {
  if (!rule || rule.allowInvalid || rule.kind !== 'list' || text === '') return;
  if (!rule.values.includes(text)) throw refusal('rejectedByValidation', text, rule.values.join(' / '));
}

/** The simple trigger onEdit, then every installed edit trigger, each as its own execution. */
export function runEditTriggers(session: PlaygroundSession, event: Record<string, unknown>): void {
  const handlers: [string, Record<string, unknown>][] = [];
  if (session.has('onEdit')) handlers.push(['onEdit', event]);
  for (const trigger of session.fakes.scriptApp.triggers.filter((t) => t.eventType === 'ON_EDIT')) {
    handlers.push([trigger.handler, { ...event, authMode: AuthMode.FULL, triggerUid: trigger.id }]);
  }
  for (const [name, e] of handlers) {
    try {
      session.run('edit', name, () => session.bundle.call(name, e));
    } catch {
      // recorded as a failed execution; the typed value stays, as in Sheets
    }
  }
  if (handlers.length === 0) session.recalc.recalculateAll();
}
