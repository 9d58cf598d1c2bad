// Canned answers of the incident contract's three server functions, typed by the contract, and a
// stand-in server that answers from them and records what the page sent. The real functions are
// built elsewhere; these tests hold the sidebar to the contract's shapes.
import type {
  IncidentAction,
  IncidentListItem,
  IncidentRef,
  IncidentView,
} from '../../src/domain/intake/incident-contract';
import type { Lang } from '../../src/domain/language';
import type { Status } from '../../src/domain/vocabulary';

/** Markup a person could type into a summary; the page must show it as these very characters. */
export const HTML_SUMMARY = '<img src=x onerror="window.__pwned=1"><b>受注キャンセル</b>';

const STATUS: Record<Lang, Record<Status, string>> = {
  ja: { open: '未対応', inProgress: '対応中', onHold: '保留', resolved: '解決済み', closed: '完了' },
  en: { open: 'Open', inProgress: 'In progress', onHold: 'On hold', resolved: 'Resolved', closed: 'Closed' },
};

export function listItems(lang: Lang): IncidentListItem[] {
  const ja = lang === 'ja';
  return [
    {
      id: 'INC-0003',
      row: 4,
      summary: HTML_SUMMARY,
      levelKey: 'medium',
      level: ja ? '中リスク' : 'Medium',
      statusKey: 'inProgress',
      status: STATUS[lang].inProgress,
      stage: 1,
      addressedToMe: false,
      overdue: false,
    },
    {
      id: 'INC-0001',
      row: 2,
      summary: ja ? '主要顧客の大口受注がキャンセルされた' : 'A key customer cancelled a large order',
      levelKey: 'veryHigh',
      level: ja ? '非常に高リスク' : 'Very high',
      statusKey: 'open',
      status: STATUS[lang].open,
      stage: 2,
      addressedToMe: true,
      overdue: true,
    },
    {
      id: 'INC-0002',
      row: 3,
      summary: ja ? '請求書の支払遅延' : 'A late payment',
      levelKey: null,
      level: '',
      statusKey: 'onHold',
      status: STATUS[lang].onHold,
      stage: null,
      addressedToMe: false,
      overdue: false,
    },
  ];
}

/** INC-0001 in `status`; resolved and closed ones carry a resolution check and a retrospective. */
export function incident(lang: Lang, status: Status = 'open', overrides: Partial<IncidentView> = {}): IncidentView {
  const ja = lang === 'ja';
  const finished = status === 'resolved' || status === 'closed';
  return {
    id: 'INC-0001',
    row: 2,
    report: {
      summary: ja ? '主要顧客の大口受注がキャンセルされた' : 'A key customer cancelled a large order',
      actionsTaken: ja ? '営業担当が先方を訪問し理由を確認した' : 'The sales rep visited and asked why',
      assessment: ja ? '売上3,000万円に影響。今週中に回答が必要' : '¥30M of revenue; an answer is due this week',
      supportRequested: ja ? '部長から先方役員への連絡' : 'A call from our director to theirs',
      impact: ja ? '高' : 'High',
      urgency: ja ? '高' : 'High',
      category: ja ? '財務リスク' : 'Financial',
      customer: ja ? '株式会社サンプル' : 'Sample Corp.',
      occurredAt: '2026-11-24T09:15:00+09:00',
      reportedAt: '2026-11-24T09:40:00+09:00',
      reporter: 'sato@example.com',
      owner: 'tanaka@example.com',
      managerEmail: 'boss@example.com',
    },
    levelKey: 'veryHigh',
    level: ja ? '非常に高リスク' : 'Very high',
    statusKey: status,
    status: STATUS[lang][status],
    stage: 2,
    respondBy: '2026-11-24T00:20:00.000Z',
    resolveBy: '2026-11-26T09:00:00.000Z',
    acknowledgedBy: status === 'open' ? '' : 'boss@example.com',
    instruction: status === 'open' ? '' : ja ? '先方役員に本日中に連絡する' : 'Call their executive today',
    resources: '',
    confirmedBy: finished ? 'boss@example.com' : '',
    recurrenceRisk: finished ? 'no' : '',
    retrospective: { rootCause: '', wentWell: '', toImprove: '', prevention: '' },
    retrospectiveRequired: true,
    measures: [
      {
        row: 2,
        measure: ja ? '先方への謝罪訪問' : 'Visit the customer to apologise',
        kindKey: 'interim',
        kind: ja ? '暫定対応' : 'Interim',
        owner: 'tanaka@example.com',
        due: '2026-11-25',
        statusKey: 'todo',
        status: ja ? '未着手' : 'To do',
        doneAt: '',
        effectResult: '',
        effectCheckedAt: '',
        effectCheckedBy: '',
        overdue: true,
      },
      {
        row: 3,
        measure: ja ? '受注確認の二重チェック' : 'Double-check every order confirmation',
        kindKey: 'prevention',
        kind: ja ? '再発防止' : 'Prevention',
        owner: 'suzuki@example.com',
        due: '2026-12-10',
        statusKey: 'done',
        status: ja ? '完了' : 'Done',
        doneAt: '2026-11-30T08:00:00.000Z',
        effectResult: '',
        effectCheckedAt: '',
        effectCheckedBy: '',
        overdue: false,
      },
    ],
    // Deliberately out of order: the sidebar shows the oldest first.
    history: [
      {
        at: '2026-11-24T00:45:00.000Z',
        kind: 'escalatedNow',
        label: ja ? '緊急エスカレーション' : 'Escalated now',
        by: 'tanaka@example.com',
        stage: 2,
        detail: '<script>alert(1)</script>',
      },
      {
        at: '2026-11-24T00:40:00.000Z',
        kind: 'reported',
        label: ja ? '報告' : 'Reported',
        by: 'sato@example.com',
        stage: 1,
        detail: '',
      },
    ],
    timeZone: 'Asia/Tokyo',
    ...overrides,
  };
}

/** What each step leaves the incident in, as the real server would answer. */
function after(view: IncidentView, action: IncidentAction, lang: Lang): IncidentView {
  const to = (status: Status): IncidentView => ({ ...view, statusKey: status, status: STATUS[lang][status] });
  switch (action.kind) {
    case 'acknowledge':
    case 'instruct':
      return { ...to('inProgress'), acknowledgedBy: 'boss@example.com', instruction: action.instruction ?? '' };
    case 'escalateNow':
      return { ...to('inProgress'), stage: action.to === 'executives' ? 3 : 2 };
    case 'handBack':
      return { ...to('inProgress'), stage: 1 };
    case 'hold':
      return to('onHold');
    case 'resolve':
      return { ...to('resolved'), confirmedBy: action.confirmedBy, recurrenceRisk: action.recurrenceRisk };
    case 'close':
      return to('closed');
    case 'resume':
    case 'reopen':
      return to('inProgress');
    default:
      return view;
  }
}

export interface StandIn {
  server: Record<string, (...args: unknown[]) => unknown>;
  /** Every action the page sent, as received. */
  actions: IncidentAction[];
  refs: IncidentRef[];
  /** The next actOnIncident throws this message (once). */
  failNext: string | null;
  /** What openIncident answers. */
  view: IncidentView;
}

export function standIn(lang: Lang, view: IncidentView = incident(lang)): StandIn {
  const state: StandIn = {
    actions: [],
    refs: [],
    failNext: null,
    view,
    server: {
      listIncidents: () => listItems(lang),
      openIncident: (ref) => {
        state.refs.push(ref as IncidentRef);
        return state.view;
      },
      actOnIncident: (action) => {
        state.actions.push(action as IncidentAction);
        if (state.failNext !== null) {
          const message = state.failNext;
          state.failNext = null;
          throw new Error(message);
        }
        state.view = after(state.view, action as IncidentAction, lang);
        return state.view;
      },
    },
  };
  return state;
}
