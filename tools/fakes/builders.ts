// Data validation and conditional format rules: the builders SpreadsheetApp hands out, and the
// plain records the fake sheet keeps (enough for tests and the playground to read them back).
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface FakeValidation {
  kind: 'list' | 'email' | 'date' | 'other';
  values: string[];
  allowInvalid: boolean;
  helpText: string;
}

export class FakeDataValidationBuilder {
  private readonly rule: FakeValidation = { kind: 'other', values: [], allowInvalid: true, helpText: '' };

  requireValueInList(values: string[], _showDropdown?: boolean): this {
    Object.assign(this.rule, { kind: 'list', values: [...values] });
    return this;
  }
  requireTextIsEmail(): this {
    this.rule.kind = 'email';
    return this;
  }
  requireDate(): this {
    this.rule.kind = 'date';
    return this;
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this.rule.allowInvalid = allowInvalid;
    return this;
  }
  setHelpText(helpText: string): this {
    this.rule.helpText = helpText;
    return this;
  }
  build(): DataValidation {
    return { ...this.rule, values: [...this.rule.values] } as unknown as DataValidation;
  }
}

export interface FakeConditionalRule {
  condition: { kind: 'textEqualTo' | 'textContains' | 'formula'; value: string };
  background: string | null;
  fontColor: string | null;
  bold: boolean;
  ranges: { sheetName: string; a1: string }[];
}

export class FakeConditionalFormatRuleBuilder {
  private readonly rule: FakeConditionalRule = {
    condition: { kind: 'textEqualTo', value: '' },
    background: null,
    fontColor: null,
    bold: false,
    ranges: [],
  };

  whenTextEqualTo(text: string): this {
    this.rule.condition = { kind: 'textEqualTo', value: text };
    return this;
  }
  whenTextContains(text: string): this {
    this.rule.condition = { kind: 'textContains', value: text };
    return this;
  }
  whenFormulaSatisfied(formula: string): this {
    this.rule.condition = { kind: 'formula', value: formula };
    return this;
  }
  setBackground(color: string | null): this {
    this.rule.background = color;
    return this;
  }
  setFontColor(color: string | null): this {
    this.rule.fontColor = color;
    return this;
  }
  setBold(bold: boolean | null): this {
    this.rule.bold = Boolean(bold);
    return this;
  }
  setRanges(ranges: Range[]): this {
    this.rule.ranges = ranges.map((r) => ({ sheetName: r.getSheet().getName(), a1: r.getA1Notation() }));
    return this;
  }
  build(): ConditionalFormatRule {
    return conditionalRuleObject(this.rule);
  }
}

const CRITERIA_TYPES = {
  textEqualTo: 'TEXT_EQUAL_TO',
  textContains: 'TEXT_CONTAINS',
  formula: 'CUSTOM_FORMULA',
} as const;

/** A rule as scripts see it (getBooleanCondition…), over a plain record the sheet can store. */
export function conditionalRuleObject(data: FakeConditionalRule): ConditionalFormatRule {
  const record = structuredClone(data);
  const condition = {
    getCriteriaType: () => CRITERIA_TYPES[record.condition.kind],
    getCriteriaValues: () => [record.condition.value],
    getBackground: () => record.background,
    getFontColor: () => record.fontColor,
    getBold: () => record.bold,
  };
  return { ...record, getBooleanCondition: () => condition } as unknown as ConditionalFormatRule;
}

/** The plain record behind a rule object, for storing. */
export function conditionalRuleData(rule: ConditionalFormatRule): FakeConditionalRule {
  const { condition, background, fontColor, bold, ranges } = rule as unknown as FakeConditionalRule;
  return structuredClone({ condition, background, fontColor, bold, ranges });
}
