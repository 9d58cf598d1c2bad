// The escalation globals: the hourly trigger handler and the menu items that turn it on, off and preview.
import { previewSweep, sweep, turnOffWithMessage, turnOnWithMessage } from '../adapters/escalation-menu-actions';
import { liveServices as services } from './services';

/** The hourly trigger: `e.triggerUid` finds its spreadsheet when Apps Script gives it no active one. */
export function checkEscalations(e?: { triggerUid?: string }): void {
  sweep(services(), new Date(), e?.triggerUid);
}

export function turnOnEscalations(): void {
  turnOnWithMessage(services(), new Date());
}

export function turnOffEscalations(): void {
  turnOffWithMessage(services());
}

export function previewEscalations(): void {
  previewSweep(services(), new Date());
}
