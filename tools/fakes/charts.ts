// Embedded charts on a fake sheet, as Sheet.newChart / insertChart / getCharts make and keep them:
// enough for code that creates a chart once and finds it again, and for the playground to draw one
// from the same ranges. A chart keeps its ranges as A1 notation of their sheet.

type Range = GoogleAppsScript.Spreadsheet.Range;
import type { FakeRange } from './range';

/** The ChartType values the add-on may use (Charts.ChartType in Apps Script). */
export const FAKE_CHART_TYPES = {
  AREA: 'AREA',
  BAR: 'BAR',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  LINE: 'LINE',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  TABLE: 'TABLE',
} as const;

export interface FakeChartData {
  readonly chartId: number;
  readonly type: string;
  /** 'Sheet!A1:B2' for each range, in the order added. */
  readonly ranges: readonly string[];
  readonly options: Readonly<Record<string, unknown>>;
  readonly anchor: { readonly row: number; readonly column: number };
  /** Series are the rows rather than the columns. */
  readonly transposed: boolean;
}

export class FakeChart {
  constructor(
    readonly data: FakeChartData,
    private readonly rangeObjects: readonly Range[],
  ) {}
  getChartId(): number {
    return this.data.chartId;
  }
  /** Real charts hand back Range objects: so does the fake, for code that compares their A1 notation. */
  getRanges(): Range[] {
    return [...this.rangeObjects];
  }
  getOptions(): { get(option: string): unknown } {
    return { get: (option: string) => this.data.options[option] };
  }
}

let nextChartId = 1;

export class FakeChartBuilder {
  private type: string = FAKE_CHART_TYPES.COLUMN;
  private readonly ranges: string[] = [];
  private readonly options: Record<string, unknown> = {};
  private anchor = { row: 1, column: 1 };
  private transposed = false;
  private readonly rangeObjects: Range[] = [];

  setChartType(type: string): this {
    if (!Object.values(FAKE_CHART_TYPES).includes(type as never)) throw new Error(`Exception: Invalid argument: type`);
    this.type = type;
    return this;
  }
  addRange(range: Range): this {
    // Read without counting calls: on Apps Script the builder's own work is not the script's calls.
    const a1 = (range as unknown as FakeRange).qualifiedA1();
    // "If the range has already been added, it is not added again."
    if (!this.ranges.includes(a1)) {
      this.ranges.push(a1);
      this.rangeObjects.push(range);
    }
    return this;
  }
  /** The typed builders (EmbeddedColumnChartBuilder, …) share the methods the add-on uses. */
  asColumnChart(): this {
    return this.setChartType(FAKE_CHART_TYPES.COLUMN);
  }
  asBarChart(): this {
    return this.setChartType(FAKE_CHART_TYPES.BAR);
  }
  /** EmbeddedColumnChartBuilder / EmbeddedBarChartBuilder: stacked series. */
  setStacked(): this {
    return this.setOption('isStacked', true);
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.transposed = transpose;
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.options[option] = value;
    return this;
  }
  /** Anchors are 1-based; the reference does not say what a 0 does, so the stricter case (refused) is modelled. */
  setPosition(anchorRow: number, anchorColumn: number, _offsetX: number, _offsetY: number): this {
    if (!(anchorRow >= 1 && anchorColumn >= 1)) throw new Error('Exception: Invalid argument: anchor position');
    this.anchor = { row: anchorRow, column: anchorColumn };
    return this;
  }
  build(): FakeChart {
    if (this.ranges.length === 0) throw new Error('Exception: A chart needs at least one range.');
    return new FakeChart(
      {
        chartId: nextChartId++,
        type: this.type,
        ranges: [...this.ranges],
        options: { ...this.options },
        anchor: this.anchor,
        transposed: this.transposed,
      },
      [...this.rangeObjects],
    );
  }
}
