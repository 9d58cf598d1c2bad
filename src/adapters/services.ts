// The Apps Script services the adapters use, handed in by the entry points (never reached for at
// import time: the bundle's top level runs on every call, possibly with no authorization).
export interface AddOnServices {
  spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  propertiesService: GoogleAppsScript.Properties.PropertiesService;
  lockService: GoogleAppsScript.Lock.LockService;
  session: GoogleAppsScript.Base.Session;
  htmlService: GoogleAppsScript.HTML.HtmlService;
}
