// The page's calls to the playground server; a refusal comes back with its text in both languages.
import type { Lang } from '../../../src/domain/language';
import type { PlaygroundView } from '../snapshot';

export interface ActionReply {
  view: PlaygroundView;
  scriptError: string;
}

export class Refusal extends Error {
  constructor(readonly text: Record<Lang, string>) {
    super(text.en);
  }
}

export async function request(path: string, body?: unknown, raw?: Blob): Promise<ActionReply> {
  const response = await fetch(
    path,
    body === undefined && raw === undefined
      ? {}
      : {
          method: 'POST',
          body: raw ?? JSON.stringify(body),
          headers: { 'content-type': raw ? 'application/octet-stream' : 'application/json' },
        },
  );
  const reply = (await response.json()) as ActionReply & { error?: Record<Lang, string> };
  if (reply.error) throw new Refusal(reply.error);
  return reply;
}

export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  const reply = (await response.json()) as T & { error?: Record<Lang, string> };
  if (reply.error) throw new Refusal(reply.error);
  return reply;
}
