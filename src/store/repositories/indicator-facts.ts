import type { Kysely, SelectQueryBuilder } from 'kysely';
import { sql } from 'kysely';
import type { FiscalYear } from '../../domain/fiscal-year/fiscal-year.js';
import type { EventFilter, Measure } from '../../domain/indicators/definition.js';
import type { IndicatorFacts } from '../../domain/indicators/ports.js';
import type { MeasuredValue } from '../../domain/indicators/result.js';
import type { ParticipantCategory } from '../../domain/shared/vocabulary.js';
import type { Database } from '../schema.js';

type Breakdown = Record<string, number>;

const toBreakdown = (rows: { key: string | null; n: number | string }[]): Breakdown =>
  Object.fromEntries(rows.map((row) => [row.key ?? 'unknown', Number(row.n)]));

const total = (breakdown: Breakdown) => Object.values(breakdown).reduce((sum, n) => sum + n, 0);

/**
 * Every indicator measure as SQL aggregates over held events of the fiscal year. Only held events count;
 * attendance is counted with the category and territory recorded on its row, as they were that day.
 */
export function indicatorFacts(db: Kysely<Database>): IndicatorFacts {
  function heldEvents(filter: EventFilter, year: FiscalYear) {
    let query = db
      .selectFrom('meetings as m')
      .where('m.status', '=', 'held')
      .where('m.startsAt', '>=', year.startsAt.toISOString())
      .where('m.startsAt', '<', year.endsAt.toISOString());
    if (filter.kinds) query = query.where('m.kind', 'in', filter.kinds);
    if (filter.committees) {
      const committees = filter.committees;
      query = query.where(
        'm.committeeId',
        'in',
        db.selectFrom('committees').select('id').where('kind', 'in', committees),
      );
    }
    return query;
  }

  function presences(filter: EventFilter, year: FiscalYear, categories: ParticipantCategory[] | undefined) {
    let query = heldEvents(filter, year)
      .innerJoin('attendance as a', 'a.meetingId', 'm.id')
      .where('a.status', '=', 'present');
    if (categories) query = query.where('a.category', 'in', categories);
    return query;
  }

  function practicesOfYear(year: FiscalYear) {
    return db
      .selectFrom('practices as p')
      .where('p.status', '=', 'published')
      .where('p.publishedAt', '>=', year.startsAt.toISOString())
      .where('p.publishedAt', '<', year.endsAt.toISOString());
  }

  async function countDistinctPeople(people: SelectQueryBuilder<Database, never, { personId: string }>) {
    const row = await db
      .selectFrom(people.as('u'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * Distinct people overall, by category and by territory, in one statement: the distinct
   * (person, category, territory) triples are kept once (a few thousand rows) and counted three ways,
   * instead of scanning the year's presences three times.
   */
  async function distinctParticipants(filter: EventFilter, year: FiscalYear, categories?: ParticipantCategory[]) {
    const rows = await db
      .with(
        (cte) => cte('p').materialized(),
        () => presences(filter, year, categories).select(['a.personId', 'a.category', 'a.territory']).distinct(),
      )
      .selectFrom('p')
      .select((eb) => [
        sql<string>`'all'`.as('dimension'),
        sql<string | null>`null`.as('key'),
        eb.fn.count<number>('p.personId').distinct().as('n'),
      ])
      .unionAll((eb) =>
        eb
          .selectFrom('p')
          .select((eb) => [
            sql<string>`'category'`.as('dimension'),
            'p.category as key',
            eb.fn.count<number>('p.personId').distinct().as('n'),
          ])
          .groupBy('p.category'),
      )
      .unionAll((eb) =>
        eb
          .selectFrom('p')
          .select((eb) => [
            sql<string>`'territory'`.as('dimension'),
            'p.territory as key',
            eb.fn.count<number>('p.personId').distinct().as('n'),
          ])
          .groupBy('p.territory'),
      )
      .execute();
    const of = (dimension: string) => rows.filter((row) => row.dimension === dimension);
    return {
      value: Number(of('all')[0]?.n ?? 0),
      byCategory: toBreakdown(of('category')),
      byTerritory: toBreakdown(of('territory')),
    };
  }

  const measures: {
    [K in Measure['type']]: (
      measure: Extract<Measure, { type: K }>,
      year: FiscalYear,
      id: string,
    ) => Promise<MeasuredValue>;
  } = {
    async eventCount(measure, year) {
      const rows = await heldEvents(measure.events, year)
        .select((eb) => ['m.territory as key', eb.fn.countAll<number>().as('n')])
        .groupBy('m.territory')
        .execute();
      const byTerritory = toBreakdown(rows);
      return { value: total(byTerritory), byTerritory };
    },

    async eventsReachingParticipants(measure, year) {
      const perEvent = heldEvents(measure.events, year)
        .leftJoin('attendance as a', (join) => {
          let on = join.onRef('a.meetingId', '=', 'm.id').on('a.status', '=', 'present');
          if (measure.categories) on = on.on('a.category', 'in', measure.categories);
          return on;
        })
        .select(['m.id', 'm.territory'])
        .groupBy(['m.id', 'm.territory'])
        .having((eb) => eb.fn.count('a.personId'), '>=', measure.minParticipants);
      const rows = await db
        .selectFrom(perEvent.as('e'))
        .select((eb) => ['e.territory as key', eb.fn.countAll<number>().as('n')])
        .groupBy('e.territory')
        .execute();
      const byTerritory = toBreakdown(rows);
      return { value: total(byTerritory), byTerritory };
    },

    async meanParticipantsPerEvent(measure, year) {
      const events = await heldEvents(measure.events, year)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const eventCount = Number(events.n);
      if (eventCount === 0) return { value: null };
      const rows = await presences(measure.events, year, measure.categories)
        .select((eb) => ['a.category as key', eb.fn.countAll<number>().as('n')])
        .groupBy('a.category')
        .execute();
      const present = toBreakdown(rows);
      const byCategory = Object.fromEntries(
        Object.entries(present).map(([category, n]) => [category, Math.round((n / eventCount) * 10) / 10]),
      );
      return { value: total(present) / eventCount, byCategory };
    },

    async distinctParticipants(measure, year) {
      return distinctParticipants(measure.events, year, measure.categories);
    },

    async distinctActivePeople(_measure, year) {
      const attendees = presences({}, year, undefined).select('a.personId');
      const authors = practicesOfYear(year).select('p.authorId as personId');
      return { value: await countDistinctPeople(attendees.union(authors)) };
    },

    async newPartners(_measure, year) {
      const rows = await db
        .selectFrom('organizations')
        .where('joinedOn', '>=', year.firstDay)
        .where('joinedOn', '<', year.nextFirstDay)
        .select((eb) => ['territory as key', eb.fn.countAll<number>().as('n')])
        .groupBy('territory')
        .execute();
      const byTerritory = toBreakdown(rows);
      return { value: total(byTerritory), byTerritory };
    },

    async practicesShared(_measure, year) {
      const rows = await practicesOfYear(year)
        .select((eb) => ['p.territory as key', eb.fn.countAll<number>().as('n')])
        .groupBy('p.territory')
        .execute();
      const byTerritory = toBreakdown(rows);
      return { value: total(byTerritory), byTerritory };
    },

    async practicePlatformUsers(_measure, year) {
      return { value: await countDistinctPeople(practicesOfYear(year).select('p.authorId as personId').distinct()) };
    },

    async exchangeSpaceActors(_measure, year) {
      const attendees = presences({ kinds: ['coDevelopment'] }, year, undefined).select('a.personId');
      const authors = practicesOfYear(year).select('p.authorId as personId');
      return { value: await countDistinctPeople(attendees.union(authors)) };
    },

    async manual(_measure, year, indicatorId) {
      const latest = await db
        .selectFrom('manualIndicatorEntries')
        .select(['value', 'note', 'enteredBy', 'enteredAt'])
        .where('indicatorId', '=', indicatorId)
        .where('fiscalYear', '=', year.label)
        .orderBy('enteredAt', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!latest) return { value: null };
      return {
        value: Number(latest.value),
        entry: { note: latest.note, enteredBy: latest.enteredBy, enteredAt: latest.enteredAt },
      };
    },
  };

  return {
    measure(indicatorId, measure, year) {
      const compute = measures[measure.type] as (m: Measure, y: FiscalYear, id: string) => Promise<MeasuredValue>;
      return compute(measure, year, indicatorId);
    },
  };
}
