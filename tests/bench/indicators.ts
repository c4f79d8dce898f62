import fs from 'node:fs';
import os from 'node:os';
import type { CompiledQuery } from 'kysely';
import { CamelCasePlugin, Kysely, SqliteDialect, sql } from 'kysely';
import { fiscalYear } from '../../src/domain/fiscal-year/fiscal-year.js';
import type { IndicatorDefinition } from '../../src/domain/indicators/definition.js';
import { indicatorReport } from '../../src/domain/indicators/report.js';
import { referenceData } from '../../src/domain/reference/reference-data.js';
import { openSqlite } from '../../src/store/database.js';
import { indicatorFacts } from '../../src/store/repositories/indicator-facts.js';
import type { Database } from '../../src/store/schema.js';
import { createStore } from '../../src/store/store.js';
import { ATTENDANCE_ROWS, DATASET_NOW, cachedAttendanceDataset } from './generate-attendance.js';
import type { BenchSection } from './harness.js';
import { count, ms, table, time } from './harness.js';

const FISCAL_YEAR = '2025-2026';
const PLAN_ID = '2021-2024';
const FISCAL_YEAR_START = { month: 4, day: 1 };
const BUDGET_MS = 200;
const BASELINE_RUNS = { warmup: 2, runs: 15 };
const REPORT_RUNS = { warmup: 2, runs: 15 };
const MEASURE_RUNS = { warmup: 1, runs: 7 };

function describeMeasure(definition: IndicatorDefinition): string {
  const measure = definition.measure;
  if (!('events' in measure)) return measure.type;
  const filter = [
    ...(measure.events.kinds ? [`kinds=${measure.events.kinds.join('+')}`] : []),
    ...(measure.events.committees ? [`committees=${measure.events.committees.join('+')}`] : []),
    ...('categories' in measure && measure.categories ? [`categories=${measure.categories.join('+')}`] : []),
  ];
  return `${measure.type}(${filter.join(' ')})`;
}

function formatValue(value: number | null): string {
  if (value === null) return '—';
  return Number.isInteger(value) ? count(value) : value.toFixed(1);
}

/**
 * The queries one measure runs, with their durations and plans, through a second connection that logs
 * every query. Printed for measures over budget, to show which query and which plan step is slow.
 */
async function explainMeasure(file: string, definition: IndicatorDefinition, log: (line?: string) => void) {
  const queries: { query: CompiledQuery; durationMs: number }[] = [];
  const raw = openSqlite(file);
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: raw }),
    plugins: [new CamelCasePlugin()],
    log: (event) => {
      if (event.level === 'query') queries.push({ query: event.query, durationMs: event.queryDurationMillis });
    },
  });
  try {
    const facts = indicatorFacts(db);
    const year = fiscalYear(FISCAL_YEAR, FISCAL_YEAR_START);
    await facts.measure(definition.id, definition.measure, year);
    queries.length = 0;
    await facts.measure(definition.id, definition.measure, year);
    for (const [index, { query, durationMs }] of queries.entries()) {
      log(`  query ${index + 1} of ${definition.id}: ${ms(durationMs)} ms`);
      log(`    ${query.sql}`);
      log(`    parameters: ${JSON.stringify(query.parameters)}`);
      const plan = raw.prepare(`explain query plan ${query.sql}`).all(...(query.parameters as unknown[])) as {
        id: number;
        parent: number;
        detail: string;
      }[];
      const depth = new Map<number, number>([[0, 0]]);
      for (const step of plan) {
        const level = (depth.get(step.parent) ?? 0) + 1;
        depth.set(step.id, level);
        log(`    ${'  '.repeat(level)}${step.detail}`);
      }
    }
  } finally {
    await db.destroy();
  }
}

export const indicatorsSection: BenchSection = {
  name: 'indicators',
  summary: `indicators for a fiscal year over ${count(ATTENDANCE_ROWS)} attendance rows on SQLite (budget < ${BUDGET_MS} ms)`,
  async run({ options, log }) {
    const failures: string[] = [];
    const dataset = await cachedAttendanceDataset({ regenerate: options.regenerate, log });
    const size = fs.statSync(dataset.file).size;
    log(
      `dataset: ${dataset.reused ? 'reused' : `generated in ${count(dataset.generatedInMs)} ms`}, ${dataset.file} ` +
        `(${count(Math.round(size / 1_048_576))} MiB)`,
    );
    log(
      `  ${count(dataset.people)} people, ${count(dataset.organizations)} organizations, ` +
        `${count(dataset.meetings.held)} held / ${count(dataset.meetings.cancelled)} cancelled / ` +
        `${count(dataset.meetings.planned)} planned meetings, ${count(dataset.practices)} practices`,
    );

    const store = await createStore({ backend: 'sqlite', file: dataset.file });
    try {
      const db = store.connection.db;
      const year = fiscalYear(FISCAL_YEAR, FISCAL_YEAR_START);
      const version = await sql<{ version: string }>`select sqlite_version() as version`.execute(db);
      const inYear = await db
        .selectFrom('meetings as m')
        .innerJoin('attendance as a', 'a.meetingId', 'm.id')
        .where('m.status', '=', 'held')
        .where('m.startsAt', '>=', year.startsAt.toISOString())
        .where('m.startsAt', '<', year.endsAt.toISOString())
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      log(
        `  SQLite ${version.rows[0]?.version}, Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} ` +
          `× ${os.cpus().length}; ${count(Number(inYear.n))} attendance rows on held meetings of ${FISCAL_YEAR}`,
      );

      const countAll = async () =>
        Number((await sql<{ n: number }>`select count(*) as n from attendance`.execute(db)).rows[0]?.n);
      const baseline = await time(countAll, BASELINE_RUNS);
      if (baseline.last !== ATTENDANCE_ROWS) {
        failures.push(`attendance has ${count(baseline.last)} rows, expected ${count(ATTENDANCE_ROWS)}`);
      }

      const planDefinitions = referenceData.indicators.filter((definition) => definition.plan === PLAN_ID);
      const report = await time(
        () =>
          indicatorReport({
            plans: referenceData.plans,
            definitions: referenceData.indicators,
            fiscalYear: FISCAL_YEAR,
            planId: PLAN_ID,
            facts: store.indicatorFacts,
            now: DATASET_NOW,
            fiscalYearStart: FISCAL_YEAR_START,
          }),
        REPORT_RUNS,
      );
      if (report.last.plan.id !== PLAN_ID || report.last.indicators.length !== planDefinitions.length) {
        failures.push(`the report has plan ${report.last.plan.id} and ${report.last.indicators.length} indicators`);
      }

      log();
      log(
        table(
          ['what', ' median ms', ' p95 ms', ' × baseline', ' budget', 'within budget'],
          [
            [
              `SELECT count(*) FROM attendance (baseline, ${BASELINE_RUNS.runs} runs)`,
              ms(baseline.median),
              ms(baseline.p95),
              '1.0',
              '',
              '',
            ],
            [
              `indicatorReport ${FISCAL_YEAR}, plan ${PLAN_ID}: ${planDefinitions.length} indicators (${REPORT_RUNS.runs} runs)`,
              ms(report.median),
              ms(report.p95),
              (report.median / baseline.median).toFixed(1),
              `< ${BUDGET_MS} ms`,
              report.median < BUDGET_MS ? 'yes' : 'NO',
            ],
          ],
        ),
      );
      log(
        `(within budget is judged on the median; the p95, ${ms(report.p95)} ms, is ${report.p95 < BUDGET_MS ? 'within' : 'over'} budget)`,
      );

      // Each indicator alone, this plan's and the next plan's (other measure shapes), to spot a slow query.
      const definitions = [...planDefinitions, ...referenceData.indicators.filter((d) => d.plan !== PLAN_ID)];
      const rows: string[][] = [];
      const slow: IndicatorDefinition[] = [];
      let planTotal = 0;
      for (const definition of definitions) {
        const measured = await time(
          () => store.indicatorFacts.measure(definition.id, definition.measure, year),
          MEASURE_RUNS,
        );
        if (definition.plan === PLAN_ID) planTotal += measured.median;
        if (measured.median > BUDGET_MS) slow.push(definition);
        rows.push([
          definition.id,
          describeMeasure(definition),
          formatValue(measured.last.value),
          ms(measured.median),
          ms(measured.p95),
          definition.plan === PLAN_ID ? `${Math.round((measured.median / report.median) * 100)}%` : '',
          measured.median > BUDGET_MS ? 'yes' : '',
        ]);
      }
      log();
      log(`each indicator alone, ${FISCAL_YEAR} (${MEASURE_RUNS.runs} runs each):`);
      log(
        table(
          ['indicator', 'measure', ' value', ' median ms', ' p95 ms', ' of report', `> ${BUDGET_MS} ms alone`],
          rows,
        ),
      );
      log(`sum of the ${PLAN_ID} medians: ${ms(planTotal)} ms (the report: ${ms(report.median)} ms)`);

      for (const definition of slow) {
        log();
        log(`${definition.id} takes more than ${BUDGET_MS} ms alone:`);
        await explainMeasure(dataset.file, definition, log);
      }
    } finally {
      await store.close();
    }
    return { failures };
  },
};
