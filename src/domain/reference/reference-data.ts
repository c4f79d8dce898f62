import { z } from 'zod';
import { IndicatorDefinition } from '../indicators/definition.js';
import { BilingualText, CommitteeKind, Slug, Territory, type Locale } from '../shared/vocabulary.js';
import raw from './ipecn-reference.json' with { type: 'json' };

const SOURCE = 'ipecn-reference.json';

/** `2021-2022`: two consecutive years, the fiscal year starting in the first. */
const FiscalYearLabel = z
  .string()
  .regex(/^\d{4}-\d{4}$/, 'expected a fiscal year such as 2021-2022')
  .refine((label) => isConsecutive(label), 'the second year must follow the first, e.g. 2021-2022');

const PlanId = z.string().regex(/^\d{4}-\d{4}$/, 'expected a plan id such as 2021-2024');

export const TerritoryDefinition = z.object({ code: Territory, name: BilingualText }).strict();
export type TerritoryDefinition = z.infer<typeof TerritoryDefinition>;

export const CommitteeDefinition = z
  .object({ slug: Slug, kind: CommitteeKind, name: BilingualText, description: BilingualText })
  .strict();
export type CommitteeDefinition = z.infer<typeof CommitteeDefinition>;

export const ObjectiveDefinition = z
  .object({ number: z.string().regex(/^\d+\.\d+$/, 'expected an objective number such as 1.1'), label: BilingualText })
  .strict();
export type ObjectiveDefinition = z.infer<typeof ObjectiveDefinition>;

export const AxisDefinition = z
  .object({
    number: z.number().int().positive(),
    label: BilingualText,
    objectives: z.array(ObjectiveDefinition).min(1),
  })
  .strict();
export type AxisDefinition = z.infer<typeof AxisDefinition>;

export const PlanDefinition = z
  .object({
    id: PlanId,
    name: BilingualText,
    firstFiscalYear: FiscalYearLabel,
    lastFiscalYear: FiscalYearLabel,
    axes: z.array(AxisDefinition).min(1),
  })
  .strict()
  .superRefine((plan, ctx) => {
    const [planStart, planEnd] = years(plan.id);
    if (years(plan.firstFiscalYear)[0] !== planStart) {
      ctx.addIssue({ code: 'custom', path: ['firstFiscalYear'], message: `must start in ${planStart}` });
    }
    if (years(plan.lastFiscalYear)[1] !== planEnd) {
      ctx.addIssue({ code: 'custom', path: ['lastFiscalYear'], message: `must end in ${planEnd}` });
    }
    const axisNumbers = new Set<number>();
    const objectiveNumbers = new Set<string>();
    plan.axes.forEach((axis, a) => {
      if (axisNumbers.has(axis.number)) {
        ctx.addIssue({ code: 'custom', path: ['axes', a, 'number'], message: `duplicate axis ${axis.number}` });
      }
      axisNumbers.add(axis.number);
      axis.objectives.forEach((objective, o) => {
        const path = ['axes', a, 'objectives', o, 'number'];
        if (!objective.number.startsWith(`${axis.number}.`)) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `objective ${objective.number} is not in axis ${axis.number}`,
          });
        }
        if (objectiveNumbers.has(objective.number)) {
          ctx.addIssue({ code: 'custom', path, message: `duplicate objective ${objective.number}` });
        }
        objectiveNumbers.add(objective.number);
      });
    });
  });
export type PlanDefinition = z.infer<typeof PlanDefinition>;

export const ReferenceData = z
  .object({
    territories: z.array(TerritoryDefinition),
    committees: z.array(CommitteeDefinition),
    plans: z.array(PlanDefinition).min(1),
    indicators: z.array(IndicatorDefinition),
  })
  .strict()
  .superRefine((data, ctx) => {
    const duplicate = (section: string, index: number, key: string, value: string) =>
      ctx.addIssue({ code: 'custom', path: [section, index, key], message: `duplicate ${key} "${value}"` });

    const codes = new Set<string>();
    data.territories.forEach((t, i) => {
      if (codes.has(t.code)) duplicate('territories', i, 'code', t.code);
      codes.add(t.code);
    });
    for (const code of Territory.options) {
      if (!codes.has(code)) ctx.addIssue({ code: 'custom', path: ['territories'], message: `missing ${code}` });
    }

    const slugs = new Set<string>();
    data.committees.forEach((c, i) => {
      if (slugs.has(c.slug)) duplicate('committees', i, 'slug', c.slug);
      slugs.add(c.slug);
    });
    for (const kind of CommitteeKind.options) {
      if (!data.committees.some((c) => c.kind === kind)) {
        ctx.addIssue({ code: 'custom', path: ['committees'], message: `no committee of kind ${kind}` });
      }
    }

    const plans = new Map<string, PlanDefinition>();
    data.plans.forEach((p, i) => {
      if (plans.has(p.id)) duplicate('plans', i, 'id', p.id);
      plans.set(p.id, p);
    });

    const ids = new Set<string>();
    data.indicators.forEach((indicator, i) => {
      if (ids.has(indicator.id)) duplicate('indicators', i, 'id', indicator.id);
      ids.add(indicator.id);
      if (!indicator.id.startsWith(`${indicator.plan}/`)) {
        ctx.addIssue({ code: 'custom', path: ['indicators', i, 'id'], message: `must start with ${indicator.plan}/` });
      }
      const plan = plans.get(indicator.plan);
      if (!plan) {
        ctx.addIssue({ code: 'custom', path: ['indicators', i, 'plan'], message: `unknown plan ${indicator.plan}` });
        return;
      }
      if (!objectivesOf(plan).some((o) => o.number === indicator.objective)) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', i, 'objective'],
          message: `plan ${plan.id} has no objective ${indicator.objective}`,
        });
      }
      if (indicator.target.type === 'growth') {
        const base = indicator.target.baseFiscalYear;
        if (!isConsecutive(base) || !covers(plan, base)) {
          ctx.addIssue({
            code: 'custom',
            path: ['indicators', i, 'target', 'baseFiscalYear'],
            message: `${base} is not a fiscal year of plan ${plan.id}`,
          });
        }
      }
    });
  });
export type ReferenceData = z.infer<typeof ReferenceData>;

/** Parses the reference data; the error names the path of every problem, one per line. */
export function parseReferenceData(input: unknown): ReferenceData {
  const result = ReferenceData.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    return `${SOURCE}: ${path}: ${issue.message}`;
  });
  throw new Error(lines.join('\n'));
}

export const referenceData: ReferenceData = parseReferenceData(raw);

export function indicatorsOfPlan(planId: string, data: ReferenceData = referenceData): IndicatorDefinition[] {
  return data.indicators.filter((indicator) => indicator.plan === planId);
}

export function planById(id: string, data: ReferenceData = referenceData): PlanDefinition | undefined {
  return data.plans.find((plan) => plan.id === id);
}

/** The plan whose fiscal years include `label` (e.g. `2022-2023`), if any. */
export function planOfFiscalYear(label: string, data: ReferenceData = referenceData): PlanDefinition | undefined {
  if (!/^\d{4}-\d{4}$/.test(label) || !isConsecutive(label)) return undefined;
  return data.plans.find((plan) => covers(plan, label));
}

export function committeeBySlug(slug: string, data: ReferenceData = referenceData): CommitteeDefinition | undefined {
  return data.committees.find((committee) => committee.slug === slug);
}

export function territoryName(code: Territory, locale: Locale, data: ReferenceData = referenceData): string {
  const territory = data.territories.find((t) => t.code === code);
  if (!territory) throw new Error(`Unknown territory: ${code}`);
  return locale === 'fr-CA' ? territory.name.fr : territory.name.en;
}

function objectivesOf(plan: PlanDefinition): ObjectiveDefinition[] {
  return plan.axes.flatMap((axis) => axis.objectives);
}

function years(label: string): [number, number] {
  const [first = '', second = ''] = label.split('-');
  return [Number(first), Number(second)];
}

function isConsecutive(label: string): boolean {
  const [first, second] = years(label);
  return second === first + 1;
}

function covers(plan: PlanDefinition, fiscalYear: string): boolean {
  const start = years(fiscalYear)[0];
  return start >= years(plan.firstFiscalYear)[0] && start <= years(plan.lastFiscalYear)[0];
}
