// google.script.run and google.script.host inside the playground's sidebar and dialogs: the shared
// page half (../../fakes/script-run/client.ts) over fetch to the playground server.
import { type Reply, installGoogleScript } from '../../fakes/script-run/client';

interface HostConfig {
  kind: 'sidebar' | 'dialog';
  index: number;
}

declare global {
  interface Window {
    __playgroundHost: HostConfig;
  }
}

const config = window.__playgroundHost;

function notifyPage(): void {
  window.parent.postMessage({ type: 'playground:changed' }, window.location.origin);
}

installGoogleScript(
  async (name, args) => {
    try {
      const response = await fetch('/api/run', { method: 'POST', body: JSON.stringify({ name, args }) });
      return (await response.json()) as Reply;
    } finally {
      notifyPage();
    }
  },
  { close: () => void fetch('/api/host/close', { method: 'POST', body: JSON.stringify(config) }).then(notifyPage) },
);

// Escape inside a dialog closes it, as in Sheets (the page cannot hear keys typed in the frame).
if (config.kind === 'dialog') {
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape')
      void fetch('/api/host/close', { method: 'POST', body: JSON.stringify(config) }).then(notifyPage);
  });
}
