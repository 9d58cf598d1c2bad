// Fakes handed to the adapters the way the entry points hand them the live services.
import type { EscalationServices } from '../../src/adapters/escalation-services';
import { type AppsScriptFakes, type AppsScriptFakesOptions, createAppsScriptFakes } from '../../tools/fakes';

/** The services object the entry points build, taken from the fakes' globals. */
export function servicesOf(fakes: AppsScriptFakes): EscalationServices {
  const g = fakes.globals;
  return {
    spreadsheetApp: g.SpreadsheetApp,
    propertiesService: g.PropertiesService,
    lockService: g.LockService,
    session: g.Session,
    htmlService: g.HtmlService,
    mailApp: g.MailApp,
    scriptApp: g.ScriptApp,
  } as unknown as EscalationServices;
}

export function fakeServices(options: AppsScriptFakesOptions = {}): {
  fakes: AppsScriptFakes;
  services: EscalationServices;
} {
  const fakes = createAppsScriptFakes(options);
  return { fakes, services: servicesOf(fakes) };
}

export const FULL_FORM = {
  summary: '重要顧客Aからの発注が突然キャンセルされ、支店の年間売上目標に大きな影響が出る可能性があります。',
  actionsTaken: '担当営業が先方の購買部に理由を確認中。代替案を提示したが回答待ち。',
  impact: '高',
  urgency: '高',
  assessment: '年間売上の15%（約1.2億円）。先方は今週中に他社と契約予定。',
  supportRequested: '部長の同行訪問と、価格条件の再提示の承認をお願いします。',
  category: '戦略的リスク',
  customer: 'A社 / 年間供給契約',
  occurredAt: '2026-11-24T08:30:00+09:00',
  owner: '山田 太郎',
  managerEmail: 'manager@example.com',
};
