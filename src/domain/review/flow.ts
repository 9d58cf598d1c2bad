// The escalation flow the settings define, as steps per level (フローをチャートや図表で視覚化): who is
// told at which stage and after how long, for the dialog that draws it.
import { RISK_LEVELS, type RiskLevel } from '../risk-levels';
import type { Duration, EscalationSettings, Stage } from '../settings/settings';

export interface FlowStep {
  readonly stage: Stage;
  /** What starts the step, and after how long (null duration: at once). */
  readonly when: 'report' | 'respondBy' | 'stage3' | 'resolveBy';
  readonly after: Duration | null;
}

export interface LevelFlow {
  readonly level: RiskLevel;
  readonly steps: readonly FlowStep[];
  /** Between reminders of one notice; null: told once. */
  readonly repeat: Duration | null;
}

export function flowOf(settings: EscalationSettings): LevelFlow[] {
  return RISK_LEVELS.map((level) => {
    const p = settings.levels[level];
    const steps: FlowStep[] = [{ stage: 1, when: 'report', after: null }];
    if (p.respondBy) {
      steps.push({ stage: 2, when: 'respondBy', after: p.respondBy });
      if (p.stage3After) steps.push({ stage: 3, when: 'stage3', after: p.stage3After });
    }
    if (p.resolveBy) steps.push({ stage: p.breachStage, when: 'resolveBy', after: p.resolveBy });
    return { level, steps, repeat: p.repeat };
  });
}
