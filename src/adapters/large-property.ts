// A property value holds at most 9 KB, and a store 500 KB. A value that grows with the settings
// (the last good settings, with a long table of recipients and languages) is split over several
// keys: `key` holds how many parts follow, `key.0` … `key.N-1` the parts.
import type { Properties } from './escalation-services';

/** Characters per part: 2,800 characters are at most 8,400 bytes of UTF-8, under the 9 KB limit. */
const PART = 2800;

export function writeLargeProperty(props: Properties, key: string, value: string): void {
  const parts: Record<string, string> = {};
  let count = 0;
  for (let at = 0; at < value.length || count === 0; at += PART)
    parts[`${key}.${count++}`] = value.slice(at, at + PART);
  const before = Number(props.getProperty(key));
  props.setProperties({ ...parts, [key]: String(count) });
  for (let i = count; Number.isInteger(before) && i < before; i++) props.deleteProperty(`${key}.${i}`);
}

/** The value, or null when none was written. A value written whole by an earlier version reads as it is. */
export function readLargeProperty(props: Properties, key: string): string | null {
  const head = props.getProperty(key);
  if (head === null || !/^\d+$/.test(head)) return head;
  const all = props.getProperties();
  let value = '';
  for (let i = 0; i < Number(head); i++) {
    const part = all[`${key}.${i}`];
    if (part === undefined) return null; // a part went missing: as if nothing was kept
    value += part;
  }
  return value;
}

/** A short fingerprint of a text (FNV-1a), to tell whether it changed without storing it whole. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length}:${hash.toString(16)}`;
}
