// What crosses between the server and the sidebar's incident view (steps 4–7 of docs/domain.md §7):
// JSON only, times as ISO 8601 strings (google.script.run carries no Date). The server functions:
//   listIncidents(): IncidentListItem[]             the open incidents, those addressed to the user first
//   openIncident(ref: IncidentRef): IncidentView    the incident of `ref.id`, or of the selected row
//   actOnIncident(action: IncidentAction): IncidentView   records one step, answers the view after it
// Errors are thrown as Error with a message in the user's language, one line per problem.
import type { RiskLevel } from '../risk-levels';
import type { Status } from '../vocabulary';
import type { HistoryKind } from '../history/history-events';
import type { MeasureKind, MeasureStatus } from '../measures/measure-columns';

export interface IncidentRef {
  /** The incident's ID; absent: the incident on the active sheet's selected row. */
  id?: string;
}

export interface IncidentListItem {
  id: string;
  row: number;
  summary: string;
  levelKey: RiskLevel | null;
  /** Labels in the user's language. */
  level: string;
  statusKey: Status | null;
  status: string;
  stage: 1 | 2 | 3 | null;
  /** The user is its owner, one of its managers, or (at stage 3) an executive. */
  addressedToMe: boolean;
  /** A deadline (respond-by or resolve-by) has passed. */
  overdue: boolean;
}

export interface MeasureView {
  /** The measure's sheet row: how an action names it. */
  row: number;
  measure: string;
  kindKey: MeasureKind | null;
  kind: string;
  owner: string;
  /** 'YYYY-MM-DD' in the spreadsheet's time zone, '' when none. */
  due: string;
  statusKey: MeasureStatus | null;
  status: string;
  doneAt: string;
  effectResult: string;
  effectCheckedAt: string;
  effectCheckedBy: string;
  overdue: boolean;
}

export interface HistoryView {
  at: string;
  kind: HistoryKind;
  /** The kind's label in the user's language. */
  label: string;
  by: string;
  stage: 1 | 2 | 3 | null;
  detail: string;
}

export interface IncidentView {
  id: string;
  row: number;
  /** The report's four points and the tracker's fields, as the row holds them (text). */
  report: {
    summary: string;
    actionsTaken: string;
    assessment: string;
    supportRequested: string;
    impact: string;
    urgency: string;
    category: string;
    customer: string;
    occurredAt: string;
    reportedAt: string;
    reporter: string;
    owner: string;
    managerEmail: string;
  };
  levelKey: RiskLevel | null;
  level: string;
  statusKey: Status | null;
  status: string;
  stage: 1 | 2 | 3 | null;
  respondBy: string | null;
  resolveBy: string | null;
  acknowledgedBy: string;
  instruction: string;
  resources: string;
  confirmedBy: string;
  /** '' when not yet checked. */
  recurrenceRisk: 'yes' | 'no' | '';
  retrospective: { rootCause: string; wentWell: string; toImprove: string; prevention: string };
  /** The settings ask for a retrospective before 完了 at this level. */
  retrospectiveRequired: boolean;
  measures: MeasureView[];
  /** Oldest first. */
  history: HistoryView[];
  /** The spreadsheet's time zone, for showing the times above. */
  timeZone: string;
}

export type IncidentAction =
  /** 上位者による判断と対応: acknowledge, with the judgement and instructions when given. */
  | { kind: 'acknowledge'; id: string; instruction?: string; resources?: string }
  | { kind: 'instruct'; id: string; instruction: string; resources?: string }
  /** The emergency skip: told in the same execution, to the managers or straight to the executives. */
  | { kind: 'escalateNow'; id: string; to: 'manager' | 'executives'; reason: string }
  | { kind: 'handBack'; id: string; reason: string }
  | { kind: 'hold'; id: string; reason: string }
  | { kind: 'resume'; id: string }
  | { kind: 'addMeasure'; id: string; measure: string; measureKind: MeasureKind; owner: string; due: string }
  | { kind: 'measureDone'; id: string; row: number }
  | { kind: 'effectCheck'; id: string; row: number; result: string }
  /** 問題が解決したかどうかの確認: who confirmed it and whether a risk of recurrence remains. */
  | { kind: 'resolve'; id: string; confirmedBy: string; recurrenceRisk: 'yes' | 'no'; note?: string }
  | { kind: 'retrospective'; id: string; rootCause: string; wentWell: string; toImprove: string; prevention: string }
  | { kind: 'close'; id: string }
  | { kind: 'reopen'; id: string; reason: string };
