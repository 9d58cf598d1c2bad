// Each sent email as a standard .eml file (RFC 5322 / MIME) that any mail client opens.
// MailComposer (nodemailer) does the encoding: Japanese subjects and names as RFC 2047 words,
// bodies as base64 UTF-8, text and HTML as multipart/alternative: details easy to get wrong by hand.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { SentMail } from '../fakes/mail';

/** Who MailApp sends as: the user who runs the script (the playground's stand-in account). */
export const SENDER_ADDRESS = 'you@example.com';

export function composeEml(mail: SentMail, sender = SENDER_ADDRESS): Promise<Buffer> {
  const composer = new MailComposer({
    from: mail.name ? { name: mail.name, address: sender } : sender,
    to: mail.to,
    cc: mail.cc,
    bcc: mail.bcc,
    replyTo: mail.replyTo || undefined,
    subject: mail.subject,
    text: mail.body,
    html: mail.htmlBody || undefined,
    date: mail.sentAt,
    // MailComposer drops Bcc from the written message unless told to keep it: the sender's copy keeps it.
    keepBcc: true,
  } as ConstructorParameters<typeof MailComposer>[0] & { keepBcc: boolean });
  const node = composer.compile();
  node.keepBcc = true;
  return node.build();
}

/** File name for the n-th email (1-based): numbered so a folder listing is in sending order. */
export function emlFileName(index: number, mail: SentMail): string {
  const subject = mail.subject.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40) || 'mail';
  return `${String(index).padStart(4, '0')}-${subject}.eml`;
}

/** Writes the .eml files for emails not yet on disk; returns how many are on disk now. */
export async function writeNewEmls(outbox: readonly SentMail[], dir: string, alreadyWritten: number): Promise<number> {
  if (outbox.length <= alreadyWritten) return alreadyWritten;
  mkdirSync(dir, { recursive: true });
  for (let i = alreadyWritten; i < outbox.length; i++) {
    const mail = outbox[i] as SentMail;
    writeFileSync(join(dir, emlFileName(i + 1, mail)), await composeEml(mail));
  }
  return outbox.length;
}
