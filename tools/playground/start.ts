// `npm start`: serves the local playground, where the built add-on (dist/, built by `npm run build`
// just before) runs on in-memory Apps Script services. Flags: --port N (or PORT), --demo.
import { rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PlaygroundApp } from './app';
import { createPlaygroundServer, listen } from './http-server';
import { buildPageAssets } from './page-assets';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_PORT = 8787;

interface StartOptions {
  port: number;
  demo: boolean;
}

export function parseStartArgs(argv: readonly string[], env: Record<string, string | undefined>): StartOptions {
  let port = env.PORT === undefined || env.PORT === '' ? DEFAULT_PORT : Number(env.PORT);
  let demo = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--demo') demo = true;
    else if (arg === '--port') port = Number(argv[++i]);
    else if (arg.startsWith('--port=')) port = Number(arg.slice('--port='.length));
    else throw new Error(`Unknown option ${arg}. Use --port N (or PORT=N) and --demo. / 不明なオプションです: ${arg}`);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(
      `The port must be a whole number from 0 to 65535. / ポート番号は 0〜65535 の整数で指定してください。`,
    );
  }
  return { port, demo };
}

/**
 * The session a start opens. --demo starts over as "Start with demo data" does: the old state is
 * backed up and the old session's .eml files go. Left in place, they were counted as the new
 * session's emails already written, so its first emails never reached the folder.
 */
export async function openPlayground(options: {
  distDir: string;
  stateDir: string;
  demo: boolean;
  startAt: string;
}): Promise<PlaygroundApp> {
  if (options.demo) rmSync(join(options.stateDir, 'outbox'), { recursive: true, force: true });
  const app = new PlaygroundApp(options);
  await app.persist();
  return app;
}

async function main(): Promise<void> {
  const options = parseStartArgs(process.argv.slice(2), process.env);
  const stateDir = join(root, '.playground');
  // A fresh playground starts at the real time (to the minute); a saved one carries on from its own clock.
  const startAt = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
  const app = await openPlayground({ distDir: join(root, 'dist'), stateDir, demo: options.demo, startAt });
  const server = createPlaygroundServer(app, await buildPageAssets());
  const port = await listen(server, options.port).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE')
      throw new Error(
        `Port ${options.port} is in use: try --port ${options.port + 1}. / ポート ${options.port} は使用中です。`,
      );
    throw error;
  });
  console.log(`Playground: http://localhost:${port}/`);
  console.log(
    `State and .eml files: ${relative(process.cwd(), stateDir) || '.'}${options.demo ? ' (started from the demo incidents)' : ''}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(2);
  });
}
