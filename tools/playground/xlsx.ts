// .xlsx import and export with exceljs, so a team can try the add-on on a copy of their own
// incident list and take the result back to Sheets. Values and formulas travel; the add-on's
// own formatting is re-made by its set-up, not carried in the file.
import ExcelJS from 'exceljs';
import { zoneOffsetMs } from '../fakes/cell-input';
import type { FakeSheet } from '../fakes/sheet';
import type { FakeSpreadsheet } from '../fakes/spreadsheet';
import { refusal } from './messages';
import type { SheetContent } from './state-file';

export const MAX_XLSX_MB = 20;

/** Excel stores wall-clock times with no zone; Sheets writes them in the spreadsheet's zone. */
const toWallClock = (at: Date, zone: string) => new Date(at.getTime() + zoneOffsetMs(at, zone));
const fromWallClock = (wall: Date, zone: string) => new Date(wall.getTime() - zoneOffsetMs(wall, zone));

/** Cells a spill filled are left out: the formula that fills them travels, and refills them on import. */
export async function exportXlsx(
  spreadsheet: FakeSpreadsheet,
  spilledCells: (sheet: FakeSheet) => string[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of spreadsheet.sheets) {
    const worksheet = workbook.addWorksheet(sheet.nameNow(), { state: sheet.hidden ? 'hidden' : 'visible' });
    if (sheet.frozenRows > 0) worksheet.views = [{ state: 'frozen', ySplit: sheet.frozenRows }];
    const spilled = new Set(spilledCells(sheet));
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (spilled.has(`${r + 1}:${c + 1}`)) return;
        const value = cell.value instanceof Date ? toWallClock(cell.value, spreadsheet.zone) : cell.value;
        if (cell.formula) {
          worksheet.getCell(r + 1, c + 1).value = {
            formula: cell.formula.slice(1),
            result: value,
          } as ExcelJS.CellFormulaValue;
        } else if (value !== '') worksheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads a whole file before anything changes: a bad file is refused and the workbook stays as it was. */
export async function readXlsx(data: Buffer, zone: string): Promise<SheetContent[]> {
  if (data.length > MAX_XLSX_MB * 1024 * 1024) throw refusal('xlsxTooBig', String(MAX_XLSX_MB));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw refusal('xlsxUnreadable'); // exceljs's own text ("Can't find end of central directory") says nothing to a person
  }
  if (workbook.worksheets.length === 0) throw refusal('xlsxNoSheets');
  return workbook.worksheets.map((worksheet) => readWorksheet(worksheet, zone));
}

function readWorksheet(worksheet: ExcelJS.Worksheet, zone: string): SheetContent {
  const cells: SheetContent['cells'] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const [value, formula] = readCell(cell, zone);
      if (value !== '' || formula !== '') cells.push([r, c, value, formula]);
    }),
  );
  const frozen = (worksheet.views ?? []).find((v) => v.state === 'frozen') as { ySplit?: number } | undefined;
  return { name: worksheet.name, cells, frozenRows: frozen?.ySplit ?? 0, hidden: worksheet.state !== 'visible' };
}

function readCell(cell: ExcelJS.Cell, zone: string): [unknown, string] {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = (cell.value as ExcelJS.CellFormulaValue).result;
    return [plainValue(result, zone), `=${cell.formula}`];
  }
  return [plainValue(cell.value, zone), ''];
}

function plainValue(value: unknown, zone: string): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return fromWallClock(value, zone);
  if (typeof value !== 'object') return value;
  if ('richText' in value) return (value as ExcelJS.CellRichTextValue).richText.map((part) => part.text).join('');
  if ('text' in value) return String((value as ExcelJS.CellHyperlinkValue).text);
  if ('error' in value) return String((value as ExcelJS.CellErrorValue).error);
  return String(value);
}
