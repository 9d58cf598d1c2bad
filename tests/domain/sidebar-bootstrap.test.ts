import { describe, expect, it } from 'vitest';
import { matrixLayout, DEFAULT_MATRIX } from '../../src/domain/risk-matrix';
import { readBootstrap, serverClock } from '../../src/sidebar/bootstrap';

const DEFAULTS = { locale: 'en-US', timeZone: 'UTC', now: new Date('2026-11-24T03:00:00Z') };

describe('reading the bootstrap the server injected', () => {
  it('takes a complete bootstrap as it is', () => {
    const sent = {
      lang: 'ja',
      owner: 'a@example.com',
      timeZone: 'Asia/Tokyo',
      openedAt: '2026-11-24T00:30:00.000Z',
      escalationOn: true,
      escalationBy: 'lead@example.com',
      lastSweep: { at: '2026-11-24T01:10:00.000Z', ok: false, error: 'Service Spreadsheets timed out' },
      matrix: [
        ['high', 'high', 'veryHigh'],
        ['medium', 'medium', 'high'],
        ['low', 'low', 'medium'],
      ],
    };
    expect(readBootstrap(JSON.stringify(sent), DEFAULTS)).toEqual(sent);
  });

  it('falls back to the browser for everything when the placeholder was never replaced', () => {
    expect(readBootstrap('__SIDEBAR_BOOTSTRAP_JSON__', DEFAULTS)).toEqual({
      lang: 'en',
      owner: '',
      matrix: matrixLayout(DEFAULT_MATRIX),
      timeZone: 'UTC',
      openedAt: '2026-11-24T03:00:00.000Z',
      escalationOn: null,
      escalationBy: '',
      lastSweep: null,
    });
    expect(readBootstrap('', { ...DEFAULTS, locale: 'ja-JP' }).lang).toBe('ja');
  });

  it('replaces only the parts that are malformed', () => {
    const read = readBootstrap(
      JSON.stringify({
        lang: 'fr',
        owner: 42,
        timeZone: 'Mars/Olympus',
        openedAt: 'yesterday',
        escalationOn: 'yes',
        escalationBy: 7,
        matrix: [
          ['high', 'high', 'extreme'],
          ['low', 'low', 'low'],
          ['low', 'low', 'low'],
        ],
      }),
      DEFAULTS,
    );
    expect(read).toEqual({
      lang: 'en',
      owner: '',
      matrix: matrixLayout(DEFAULT_MATRIX),
      timeZone: 'UTC',
      openedAt: '2026-11-24T03:00:00.000Z',
      escalationOn: null,
      escalationBy: '',
      lastSweep: null,
    });
    expect(readBootstrap('[1,2]', DEFAULTS).matrix).toEqual(matrixLayout(DEFAULT_MATRIX));
  });
});

describe('the server clock', () => {
  it("runs from the server's opening time at the browser's pace, whatever the browser's own time", () => {
    let browserMs = Date.parse('2031-01-01T00:00:00Z'); // a browser clock years off
    const now = serverClock('2026-11-24T00:30:00.000Z', () => browserMs);
    expect(now().toISOString()).toBe('2026-11-24T00:30:00.000Z');
    browserMs += 90_000;
    expect(now().toISOString()).toBe('2026-11-24T00:31:30.000Z');
  });
});
