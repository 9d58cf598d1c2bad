// google.script.run's server side (which functions answer, what comes back) and npm start's flags.
import { describe, expect, it } from 'vitest';
import { parseStartArgs } from '../../../tools/playground/start';
import { TRIGGER_BUNDLE, fixtureDist, makeApp } from './support';

describe('google.script.run on the playground server', () => {
  const app = () => makeApp({ distDir: fixtureDist(TRIGGER_BUNDLE) });

  it('passes JSON-shaped arguments and returns a JSON copy', () => {
    expect(app().callServer('echo', [{ a: [1, '二', null, true] }])).toEqual({ got: { a: [1, '二', null, true] } });
  });

  it('hands null to the success handler for a return value holding a Date, as Apps Script does', () => {
    expect(app().callServer('today', [])).toBeNull();
  });

  it("refuses private (trailing underscore) and unknown functions with Apps Script's message", () => {
    expect(() => app().callServer('hidden_', [])).toThrow('Script function not found: hidden_');
    expect(() => app().callServer('nothing', [])).toThrow('Script function not found: nothing');
  });

  it("fails with the server error's own message, recorded as a failed execution", () => {
    const playground = app();
    expect(() => playground.callServer('fails', [])).toThrow('Exception: the server says no');
    expect(playground.session.executions[0]).toMatchObject({ kind: 'server', functionName: 'fails', ok: false });
  });
});

describe('npm start flags', () => {
  it('takes the port from --port, --port=, or PORT, and --demo', () => {
    expect(parseStartArgs([], {})).toEqual({ port: 8787, demo: false });
    expect(parseStartArgs(['--port', '9000', '--demo'], {})).toEqual({ port: 9000, demo: true });
    expect(parseStartArgs(['--port=0'], { PORT: '7000' })).toEqual({ port: 0, demo: false });
    expect(parseStartArgs([], { PORT: '7000' })).toEqual({ port: 7000, demo: false });
  });

  it('refuses a bad port or an unknown flag with a message in both languages', () => {
    expect(() => parseStartArgs(['--port', 'eighty'], {})).toThrow(/0 to 65535.*0〜65535/);
    expect(() => parseStartArgs([], { PORT: '70000' })).toThrow(/0 to 65535/);
    expect(() => parseStartArgs(['--dmeo'], {})).toThrow(/Unknown option --dmeo.*不明なオプション/);
  });
});
