// The .xlsx import's question: add the file's incidents to this workbook (settings, log, history and
// measures stay), or replace the workbook, after a second step naming what would be lost. A native
// modal <dialog>: focus stays inside it, Tab moves between its buttons, Escape cancels. The server
// reads the file first (a preview), so a file that cannot be read is refused before any question.
import type { Lang } from '../../../src/domain/language';
import type { ImportMode, ImportPreview } from '../import-workbook';
import { type ActionReply, Refusal } from './api';
import { h, on } from './dom';
import { IMPORT_WORDS, type ImportWords } from './import-words';

type Bilingual = Record<Lang, string>;

/** How the page hears the outcome: the new view (when the workbook changed) and what to tell. */
export type ImportReport = (reply: ActionReply | null, text: Bilingual, kind: 'info' | 'error') => void;

async function post<T>(path: string, file: Blob): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    body: file,
    headers: { 'content-type': 'application/octet-stream' },
  });
  const reply = (await response.json()) as T & { error?: Bilingual };
  if (reply.error) throw new Refusal(reply.error);
  return reply;
}

export async function importXlsx(file: File, lang: Lang, report: ImportReport): Promise<void> {
  try {
    const preview = await post<ImportPreview>('/api/import/preview', file);
    const mode = await ask(file.name, preview, IMPORT_WORDS[lang], lang);
    if (!mode) return;
    const reply = await post<ActionReply & { message: Bilingual }>(`/api/import/${mode}`, file);
    report(reply, reply.message, 'info');
  } catch (error) {
    report(null, error instanceof Refusal ? error.text : { ja: String(error), en: String(error) }, 'error');
  }
}

function ask(fileName: string, preview: ImportPreview, words: ImportWords, lang: Lang): Promise<ImportMode | null> {
  const dialog = h('dialog', { id: 'import-dialog', 'aria-labelledby': 'import-title', lang });
  return new Promise((resolve) => {
    const finish = (mode: ImportMode | null) => {
      dialog.close();
      dialog.remove();
      resolve(mode);
    };
    // Escape: closed as Cancel is, whichever step is showing.
    on(dialog, 'cancel', (event) => {
      event.preventDefault();
      finish(null);
    });
    const button = (id: string, label: string, action: () => void, extra: Record<string, string | boolean> = {}) =>
      on(h('button', { type: 'button', id, ...extra }, label), 'click', action);

    const choose = () => {
      const add = 'rows' in preview.add ? preview.add : null;
      const addButton = button('import-add', words.add, () => finish('add'), {
        'aria-describedby': 'import-add-help',
        disabled: add === null,
      });
      const replaceButton = button('import-replace', words.replace, confirm, {
        'aria-describedby': 'import-replace-help',
      });
      dialog.replaceChildren(
        h('h2', { id: 'import-title' }, words.title(fileName)),
        h('p', {}, words.question),
        h(
          'div',
          { class: 'choice' },
          addButton,
          add
            ? h('p', { class: 'muted', id: 'import-add-help' }, words.addHelp(add.rows, add.sheet))
            : h(
                'p',
                { class: 'error-text', id: 'import-add-help' },
                `${words.cannotAdd} ${'problem' in preview.add ? preview.add.problem[lang] : ''}`,
              ),
        ),
        h(
          'div',
          { class: 'choice' },
          replaceButton,
          h('p', { class: 'muted', id: 'import-replace-help' }, words.replaceHelp),
        ),
        h(
          'div',
          { class: 'actions' },
          button('import-cancel', words.cancel, () => finish(null)),
        ),
      );
      (add ? addButton : replaceButton).focus();
    };

    const confirm = () => {
      const lost = preview.lost.filter((sheet) => sheet.rows > 0);
      const rows = lost.reduce((sum, sheet) => sum + sheet.rows, 0);
      const list = lost.map((sheet) => words.sheetRows(sheet.name, sheet.rows)).join(words.listSeparator);
      const back = button('import-back', words.back, choose);
      dialog.replaceChildren(
        h('h2', { id: 'import-title' }, words.confirmTitle),
        h('p', { id: 'import-lost' }, lost.length > 0 ? words.lost(list, rows) : words.nothingLost),
        h(
          'div',
          { class: 'actions' },
          back,
          button('import-replace-now', words.replaceNow, () => finish('replace'), { class: 'danger' }),
        ),
      );
      back.focus(); // the safe choice is the one Enter takes
    };

    document.body.append(dialog);
    dialog.showModal();
    choose();
  });
}
