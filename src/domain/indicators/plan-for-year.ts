import type { FiscalYearLabel } from '../fiscal-year/fiscal-year.js';
import type { IndicatorDefinition } from './definition.js';

interface PlanPeriod {
  id: string;
  firstFiscalYear: string;
  lastFiscalYear: string;
}

/**
 * The plan whose indicators apply to a fiscal year: the plan covering it, or else the latest plan that
 * ended before it (between two plans, the previous plan's targets stay the reference).
 */
export function planInForce<P extends PlanPeriod>(plans: readonly P[], year: FiscalYearLabel): P | undefined {
  const covering = plans.find((plan) => plan.firstFiscalYear <= year && year <= plan.lastFiscalYear);
  if (covering) return covering;
  return [...plans]
    .filter((plan) => plan.lastFiscalYear < year)
    .sort((a, b) => b.lastFiscalYear.localeCompare(a.lastFiscalYear))[0];
}

export function definitionsOfPlan(definitions: readonly IndicatorDefinition[], planId: string): IndicatorDefinition[] {
  return definitions.filter((definition) => definition.plan === planId);
}
