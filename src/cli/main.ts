import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import type { Config } from '../config.js';
import { ensureReferenceCommittees } from '../domain/committees/reference-committees.js';
import { fiscalYear, fiscalYearOf, FiscalYearLabel } from '../domain/fiscal-year/fiscal-year.js';
import { indicatorReport } from '../domain/indicators/report.js';
import type { IndicatorStatus } from '../domain/indicators/result.js';
import { referenceData } from '../domain/reference/reference-data.js';
import { AppError } from '../domain/shared/errors.js';
import { GraphNotConfiguredError } from '../graph/app-sync.js';
import { startServer } from '../server.js';
import { storeLocation } from '../store/database.js';
import { seedDemo } from '../store/seed/demo.js';
import type { Store } from '../store/store.js';
import { createStore } from '../store/store.js';
import { formatTable } from './format-table.js';
import { syncCommand } from './sync-command.js';

const USAGE = `ipecn — IPECN Concertation

Usage:
  ipecn serve                                  start the server (PORT, DATA_DIR, DATABASE_URL…)
  ipecn seed --demo                            add the demo dataset to an empty store
  ipecn committees [--json]                    list the committees
  ipecn committees set-calendar <committee> user:<id>|group:<id>|none
  ipecn committees set-folder <committee> <driveId>:<itemId>|none
  ipecn sync                                   sync calendars, attendance reports and documents from Graph now
  ipecn meetings --fiscal-year Y [--committee SLUG] [--json]
  ipecn indicators --fiscal-year Y [--plan P] [--json]
                                               the plan's indicators: target, actual, expected, status

Y is a fiscal year such as 2025-2026 (default: the current one).`;

const STATUS_LABELS: Record<IndicatorStatus, string> = {
  met: 'atteint',
  onTrack: 'en bonne voie',
  behind: 'en retard',
  notStarted: 'non commencé',
  noTarget: 'cible à confirmer',
};

class UsageError extends Error {}

async function withStore<T>(config: Config, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await createStore(storeLocation(config));
  try {
    await ensureReferenceCommittees(store.committees, referenceData.committees);
    return await work(store);
  } finally {
    await store.close();
  }
}

function fiscalYearOption(value: string | undefined, config: Config): FiscalYearLabel {
  if (value === undefined) return fiscalYearOf(new Date(), config.fiscalYearStart);
  const parsed = FiscalYearLabel.safeParse(value);
  if (!parsed.success) throw new UsageError(`--fiscal-year: expected a fiscal year like 2025-2026, got "${value}"`);
  return parsed.data;
}

const print = (text: string) => process.stdout.write(`${text}\n`);
const json = (value: unknown) => print(JSON.stringify(value, null, 2));

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      demo: { type: 'boolean', default: false },
      'fiscal-year': { type: 'string' },
      committee: { type: 'string' },
      plan: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (!command || command === 'help' || values.help) {
    print(USAGE);
    return command ? 0 : 1;
  }
  const config = loadConfig(process.env);

  switch (command) {
    case 'serve': {
      const server = await startServer(config);
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return -1;
    }
    case 'seed': {
      if (!values.demo) throw new UsageError('seed: only --demo is available');
      return withStore(config, async (store) => {
        if ((await store.people.count()) > 0) {
          print('The store already has data: the demo dataset is added only to an empty store.');
          return 1;
        }
        const summary = await seedDemo(store, { now: new Date(), fiscalYearStart: config.fiscalYearStart });
        print(`Demo data seeded: ${JSON.stringify(summary)}`);
        return 0;
      });
    }
    case 'sync':
      return withStore(config, (store) => syncCommand(config, store, process.stdout));
    case 'committees':
      if (positionals.length > 0) return withStore(config, (store) => setCommitteeSource(store, positionals));
      return withStore(config, async (store) => {
        const committees = await store.committees.list();
        if (values.json) json(committees);
        else
          print(
            formatTable(
              ['slug', 'type', 'nom'],
              committees.map((c) => [c.slug, c.kind, c.name.fr]),
            ),
          );
        return 0;
      });
    case 'meetings':
      return withStore(config, async (store) => {
        const year = fiscalYear(fiscalYearOption(values['fiscal-year'], config), config.fiscalYearStart);
        const committee = values.committee ? await store.committees.getBySlug(values.committee) : undefined;
        if (values.committee && !committee) throw new UsageError(`--committee: no committee "${values.committee}"`);
        const meetings = await store.meetings.list({
          committeeId: committee?.id,
          from: year.startsAt,
          to: year.endsAt,
        });
        if (values.json) json(meetings);
        else {
          const date = new Intl.DateTimeFormat('fr-CA', {
            dateStyle: 'short',
            timeStyle: 'short',
            timeZone: 'America/Toronto',
          });
          print(
            formatTable(
              ['date', 'type', 'statut', 'titre'],
              meetings.map((m) => [date.format(new Date(m.startsAt)), m.kind, m.status, m.title]),
            ),
          );
          print(`${meetings.length} rencontre(s), exercice ${year.label}`);
        }
        return 0;
      });
    case 'indicators':
      return withStore(config, async (store) => {
        const report = await indicatorReport({
          plans: referenceData.plans,
          definitions: referenceData.indicators,
          fiscalYear: fiscalYearOption(values['fiscal-year'], config),
          planId: values.plan,
          facts: store.indicatorFacts,
          now: new Date(),
          fiscalYearStart: config.fiscalYearStart,
        });
        if (values.json) {
          json(report);
          return 0;
        }
        print(
          `Indicateurs — exercice ${report.fiscalYear} — plan ${report.plan.name.fr}${report.plan.covers ? '' : ' (cibles du plan précédent, en attente du nouveau plan)'}`,
        );
        print(
          formatTable(
            ['obj.', 'indicateur', 'cible', 'réel', 'attendu', 'statut'],
            report.indicators.map((i) => [
              i.objective,
              i.label.fr,
              i.target,
              i.actual,
              i.expectedByToday,
              STATUS_LABELS[i.status],
            ]),
          ),
        );
        return 0;
      });
    default:
      throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
  }
}

/** `committees set-calendar` and `committees set-folder`: where a committee's meetings and documents are. */
async function setCommitteeSource(store: Store, [action, ref, value]: string[]): Promise<number> {
  if (!ref || !value || (action !== 'set-calendar' && action !== 'set-folder'))
    throw new UsageError(`committees: expected set-calendar or set-folder <committee> <value>\n\n${USAGE}`);
  const committee = (await store.committees.getBySlug(ref)) ?? (await store.committees.get(ref));
  if (!committee) throw new UsageError(`committees: no committee "${ref}"`);
  if (action === 'set-calendar') {
    const match = /^(user|group):(.+)$/.exec(value);
    if (value !== 'none' && !match)
      throw new UsageError(`set-calendar: expected user:<id>, group:<id> or none, got "${value}"`);
    await store.committees.setCalendarSource(
      committee.id,
      match ? { type: match[1] as 'user' | 'group', id: match[2]! } : null,
    );
  } else {
    const match = /^([^:]+):(.+)$/.exec(value);
    if (value !== 'none' && !match)
      throw new UsageError(`set-folder: expected <driveId>:<itemId> or none, got "${value}"`);
    await store.committees.setDocumentFolder(committee.id, match ? { driveId: match[1]!, itemId: match[2]! } : null);
  }
  print(`${committee.slug}: ${action === 'set-calendar' ? 'calendrier' : 'dossier'} = ${value}`);
  return 0;
}

/** Runs a command and sets the process exit code; long-running `serve` leaves the process running. */
export async function runCli(argv: string[]): Promise<void> {
  try {
    const code = await main(argv);
    if (code >= 0) process.exitCode = code;
  } catch (error) {
    if (
      error instanceof ConfigError ||
      error instanceof UsageError ||
      error instanceof AppError ||
      error instanceof GraphNotConfiguredError
    )
      process.stderr.write(`${error.message}\n`);
    else if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    else process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}
