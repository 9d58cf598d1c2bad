// HtmlService: HTML outputs made from the built files in dist/ (or given text).
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export class FakeHtmlOutput implements Pick<
  HtmlOutput,
  'getContent' | 'setContent' | 'getTitle' | 'setTitle' | 'setWidth' | 'getWidth' | 'setHeight' | 'getHeight'
> {
  private title = '';
  private width = 300;
  private height = 600;

  constructor(
    private content: string,
    readonly fileName: string | null,
  ) {}

  private self(): HtmlOutput {
    return this as unknown as HtmlOutput;
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.content = content;
    return this.self();
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): HtmlOutput {
    this.title = title;
    return this.self();
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): HtmlOutput {
    this.width = width;
    return this.self();
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): HtmlOutput {
    this.height = height;
    return this.self();
  }
}

/** `files` maps a project file name (without .html, as Apps Script names them) to its content. */
export function createFakeHtmlService(
  files: Record<string, string>,
): Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutputFromFile' | 'createHtmlOutput'> {
  return {
    createHtmlOutputFromFile: (name: string) => {
      const content = files[name.replace(/\.html$/, '')];
      if (content === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
      return new FakeHtmlOutput(content, name) as unknown as HtmlOutput;
    },
    createHtmlOutput: (html?: unknown) =>
      new FakeHtmlOutput(typeof html === 'string' ? html : '', null) as unknown as HtmlOutput,
  };
}
