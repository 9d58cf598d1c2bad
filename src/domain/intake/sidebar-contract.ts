// What crosses between the server and the sidebar: JSON only, since google.script.run carries no Date.
import type { Lang } from '../language';
import type { RiskLevel } from '../risk-levels';
import type { LastSweep } from '../notices/escalation-status';

/** Injected into dist/Sidebar.html when the server shows it, so opening costs no round trip. */
export interface SidebarBootstrap {
  lang: Lang;
  /** The current user's email where Apps Script can tell it, else ''. */
  owner: string;
  /** The team's matrix in the article's layout (rows urgency high→low, columns impact low→high). */
  matrix: RiskLevel[][];
  /** The spreadsheet's time zone, for showing and defaulting the occurrence time. */
  timeZone: string;
  /** The time the sidebar was opened (ISO 8601), so "now" in the form matches the server's clock. */
  openedAt: string;
  /** Whether escalations are on for the document; null when it could not be read. */
  escalationOn: boolean | null;
  /** Who runs the hourly sweep ('' when unknown or off). */
  escalationBy: string;
  /** How the last hourly sweep went; null before the first. */
  lastSweep: LastSweep | null;
}

/** Where the server puts the bootstrap JSON in the built Sidebar.html. */
export const SIDEBAR_BOOTSTRAP_PLACEHOLDER = '__SIDEBAR_BOOTSTRAP_JSON__';

/** JSON that is safe inside a <script> element: no '<' can close it early. */
export function bootstrapJson(bootstrap: SidebarBootstrap): string {
  return JSON.stringify(bootstrap)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** What submitIncident returns. */
export interface SubmitResult {
  id: string;
  /** The level's label in the submitter's language. */
  riskLevel: string;
  riskLevelKey: RiskLevel;
  row: number;
  /** True when the emergency path told managers and executives at once. */
  emergencyNotified: boolean;
  /** Who the emergency path told at once, and who it could not (told on the next run). */
  emergencyTold: string[];
  emergencyWaiting: string[];
  /** Whether escalations are on now (null: could not be read), to refresh the sidebar's line. */
  escalationOn: boolean | null;
  escalationBy: string;
  lastSweep: LastSweep | null;
}
