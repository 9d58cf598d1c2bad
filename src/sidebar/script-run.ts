// The one server call, through google.script.run (typed here: @types/google-apps-script has no
// client-side types). It carries JSON-like values only, which is why the form is plain strings.
import type { IncidentForm } from '../domain/intake/incident-form';
import type { SubmitResult } from '../domain/intake/sidebar-contract';

export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  submitIncident(form: IncidentForm): void;
}

/** null outside Apps Script, e.g. the file opened straight in a browser. */
export function scriptRunner(): ScriptRunner | null {
  const scope = globalThis as { google?: { script?: { run?: ScriptRunner } } };
  return scope.google?.script?.run ?? null;
}

export function submitIncident(runner: ScriptRunner, form: IncidentForm): Promise<SubmitResult> {
  return new Promise((resolve, reject) => {
    runner
      .withSuccessHandler((value) => resolve(value as SubmitResult))
      .withFailureHandler(reject)
      .submitIncident(form);
  });
}
