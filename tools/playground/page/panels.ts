// The side panels: the outbox and the open email, executions and installed triggers, the mail
// quota and log sheet, and the alerts and toasts the add-on raised.
import type { SentMail } from '../../fakes/mail';
import type { PlaygroundView } from '../snapshot';
import { h, on } from './dom';
import { wallClock } from '../wall-clock';
import type { PageText } from './i18n';

export type OpenMail = (Omit<SentMail, 'sentAt'> & { sentAt: string; from: string; id: number }) | null;

export function formatTime(iso: string, timeZone: string): string {
  return wallClock(new Date(iso), timeZone);
}

/**
 * A mail client's default font for an email that names none: a sans-serif, not the browser's
 * Times. Put before the body, so the email's own styles still win.
 */
const SANS_SERIF =
  "<style>body{font-family:system-ui,-apple-system,'Segoe UI','Hiragino Sans','Noto Sans JP',sans-serif}</style>";

/** After <head> when the email has one (a style before a doctype would switch to quirks mode). */
function withDefaultFont(html: string): string {
  const head = /<head[^>]*>/i.exec(html);
  return head ? html.replace(head[0], head[0] + SANS_SERIF) : SANS_SERIF + html;
}

export function outboxPanel(
  text: PageText,
  view: PlaygroundView,
  open: OpenMail,
  choose: (id: number) => void,
  mode: 'html' | 'text',
  setMode: (mode: 'html' | 'text') => void,
): HTMLElement {
  const list =
    view.outbox.length === 0
      ? h('p', { class: 'muted' }, text.outboxEmpty)
      : h(
          'ul',
          { id: 'outbox', class: 'outbox' },
          view.outbox.map((mail) =>
            h(
              'li',
              {},
              on(
                h(
                  'button',
                  { type: 'button', class: open?.id === mail.id ? 'mail active' : 'mail', 'data-mail': mail.id },
                  h('span', { class: 'subject' }, mail.subject),
                  h('span', { class: 'meta' }, `${mail.to.join(', ')} · ${formatTime(mail.sentAt, view.timeZone)}`),
                ),
                'click',
                () => choose(mail.id),
              ),
            ),
          ),
        );
  return h(
    'section',
    { class: open ? 'panel mail-open' : 'panel', 'aria-label': text.outbox },
    h('h2', {}, text.outbox),
    h('p', { id: 'quota', class: 'muted' }, text.quota(view.mailQuota)),
    list,
    open ? mailView(text, view, open, mode, setMode) : null,
  );
}

function mailView(
  text: PageText,
  view: PlaygroundView,
  mail: NonNullable<OpenMail>,
  mode: 'html' | 'text',
  setMode: (m: 'html' | 'text') => void,
): HTMLElement {
  const headers = h(
    'dl',
    { class: 'headers' },
    h('dt', {}, text.from),
    h('dd', {}, mail.name ? `${mail.name} <${mail.from}>` : mail.from),
    h('dt', {}, text.to),
    h('dd', {}, mail.to.join(', ')),
    mail.cc.length ? [h('dt', {}, text.cc), h('dd', {}, mail.cc.join(', '))] : null,
    h('dt', {}, text.sent),
    h('dd', {}, formatTime(mail.sentAt, view.timeZone)),
  );
  const showHtml = mode === 'html' && mail.htmlBody !== '';
  // No allow-scripts, forms, popups or top navigation: the email's HTML is shown inert, as a mail
  // client shows it. Same origin only so Chromium renders it in-process (screenshots include it).
  const body = showHtml
    ? h('iframe', {
        id: 'mail-html',
        sandbox: 'allow-same-origin',
        title: mail.subject,
        srcdoc: withDefaultFont(mail.htmlBody),
      })
    : h('pre', { id: 'mail-text' }, mail.body);
  return h(
    'article',
    { id: 'mail-view', class: 'mail-view' },
    h('h3', {}, mail.subject),
    headers,
    h(
      'div',
      { class: 'mail-tabs' },
      mail.htmlBody
        ? on(h('button', { type: 'button', 'aria-pressed': String(showHtml) }, text.htmlView), 'click', () =>
            setMode('html'),
          )
        : null,
      on(h('button', { type: 'button', 'aria-pressed': String(!showHtml) }, text.textView), 'click', () =>
        setMode('text'),
      ),
      h('a', { href: `/api/mail/${mail.id}.eml`, download: '' }, text.downloadEml),
    ),
    body,
  );
}

export function activityPanel(text: PageText, view: PlaygroundView): HTMLElement {
  const triggers =
    view.triggers.length === 0
      ? h('p', { class: 'muted' }, text.triggersEmpty)
      : h(
          'ul',
          { id: 'triggers' },
          view.triggers.map((t) =>
            h(
              'li',
              {},
              h('code', {}, t.handler),
              ` ${t.eventType}`,
              t.periodHours ? ` · ${text.everyHours(t.periodHours)}` : '',
              t.nextRun ? ` · ${text.nextRun} ${formatTime(t.nextRun, view.timeZone)}` : '',
              t.owner ? ` · ${text.triggerOwner} ${t.owner}` : '',
            ),
          ),
        );
  const executions =
    view.executions.length === 0
      ? h('p', { class: 'muted' }, text.executionsEmpty)
      : h(
          'ol',
          { id: 'executions' },
          view.executions.map((e) =>
            h(
              'li',
              { class: e.ok ? 'ok' : 'failed' },
              `${formatTime(e.at, view.timeZone)} · ${text.kind[e.kind]} · `,
              h('code', {}, e.functionName),
              ` · ${e.ok ? text.ok : text.failed}`,
              e.error ? h('div', { class: 'error-text' }, e.error) : null,
            ),
          ),
        );
  return h(
    'section',
    { class: 'panel', 'aria-label': text.executions },
    h('h2', {}, text.triggers),
    triggers,
    h('p', { id: 'log-sheet', class: 'muted' }, view.logSheet ? text.logSheet(view.logSheet) : text.noLogSheet),
    h('h2', {}, text.executions),
    executions,
  );
}

export function noticesPanel(text: PageText, view: PlaygroundView): HTMLElement | null {
  const items = [
    ...view.alerts.map((a) => h('li', { class: 'alert' }, a.title ? h('strong', {}, a.title, ' ') : null, a.prompt)),
    ...view.toasts.map((t) => h('li', { class: 'toast' }, t.title ? h('strong', {}, t.title, ' ') : null, t.message)),
  ];
  if (items.length === 0) return null;
  return h(
    'section',
    { class: 'panel notices', 'aria-label': text.notices },
    h('h2', {}, text.notices),
    h('ul', { id: 'notices' }, items),
  );
}
