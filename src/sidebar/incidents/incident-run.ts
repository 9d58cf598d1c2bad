// The incident view's three server calls through google.script.run (the contract's functions), as
// promises. Typed here because @types/google-apps-script has no client-side types.
import type {
  IncidentAction,
  IncidentListItem,
  IncidentRef,
  IncidentView,
} from '../../domain/intake/incident-contract';

interface IncidentRunner {
  withSuccessHandler(handler: (value: unknown) => void): IncidentRunner;
  withFailureHandler(handler: (error: Error) => void): IncidentRunner;
  listIncidents(): void;
  openIncident(ref: IncidentRef): void;
  actOnIncident(action: IncidentAction): void;
}

export interface IncidentServer {
  listIncidents(): Promise<IncidentListItem[]>;
  openIncident(ref: IncidentRef): Promise<IncidentView>;
  actOnIncident(action: IncidentAction): Promise<IncidentView>;
}

/** null outside Apps Script, e.g. the file opened straight in a browser. */
export function incidentServer(): IncidentServer | null {
  const scope = globalThis as { google?: { script?: { run?: IncidentRunner } } };
  const runner = scope.google?.script?.run;
  if (!runner) return null;
  const call = <T>(invoke: (r: IncidentRunner) => void) =>
    new Promise<T>((resolve, reject) =>
      invoke(runner.withSuccessHandler((value) => resolve(value as T)).withFailureHandler(reject)),
    );
  return {
    listIncidents: () => call((r) => r.listIncidents()),
    openIncident: (ref) => call((r) => r.openIncident(ref)),
    actOnIncident: (action) => call((r) => r.actOnIncident(action)),
  };
}

/** Apps Script prefixes some thrown messages with the error's type; the person needs only the text. */
export function serverMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message.replace(/^(Error|Exception|ScriptError):\s*/, '');
}
