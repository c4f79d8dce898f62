import type { FiscalYearLabel, FiscalYearStart } from '../fiscal-year/fiscal-year.js';
import { NotFoundError } from '../shared/errors.js';
import type { BilingualText } from '../shared/vocabulary.js';
import type { IndicatorDefinition } from './definition.js';
import { computeIndicators } from './engine.js';
import { definitionsOfPlan, planInForce } from './plan-for-year.js';
import type { IndicatorFacts } from './ports.js';
import type { IndicatorResult } from './result.js';

interface Plan {
  id: string;
  name: BilingualText;
  firstFiscalYear: string;
  lastFiscalYear: string;
}

export interface IndicatorReport {
  fiscalYear: FiscalYearLabel;
  plan: { id: string; name: BilingualText; covers: boolean };
  indicators: IndicatorResult[];
}

/**
 * The year's indicators against the plan in force (or the plan asked for). `covers` is false when the
 * year falls between two plans and the previous plan's targets are used as the reference.
 */
export async function indicatorReport(input: {
  plans: readonly Plan[];
  definitions: readonly IndicatorDefinition[];
  fiscalYear: FiscalYearLabel;
  planId?: string | undefined;
  facts: IndicatorFacts;
  now: Date;
  fiscalYearStart: FiscalYearStart;
}): Promise<IndicatorReport> {
  const plan = input.planId
    ? input.plans.find((candidate) => candidate.id === input.planId)
    : planInForce(input.plans, input.fiscalYear);
  if (!plan) throw new NotFoundError('plan', input.planId ?? `for ${input.fiscalYear}`);
  const indicators = await computeIndicators({
    definitions: definitionsOfPlan(input.definitions, plan.id),
    fiscalYear: input.fiscalYear,
    facts: input.facts,
    now: input.now,
    fiscalYearStart: input.fiscalYearStart,
  });
  return {
    fiscalYear: input.fiscalYear,
    plan: {
      id: plan.id,
      name: plan.name,
      covers: plan.firstFiscalYear <= input.fiscalYear && input.fiscalYear <= plan.lastFiscalYear,
    },
    indicators,
  };
}
