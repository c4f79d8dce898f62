import { z } from 'zod';
import { MinutesActionData } from '../domain/minutes/action-data.js';
import { CalendarSourceBody, DocumentFolderBody } from './committees/schema.js';
import { ManualEntryBody, ManualEntryQuery } from './indicators/manual.js';
import { CreatePersonBody } from './people/schema.js';
import { CreateOrganizationBody } from './organizations/schema.js';
import { RecordAttendanceBody } from './attendance/schema.js';
import { IndicatorsQuery } from './indicators/schema.js';
import { CreateMeetingBody, ListMeetingsQuery, UpdateMeetingBody } from './meetings/schema.js';

/** The API described from the same zod schemas that validate it, so the two cannot drift apart. */

const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'openapi-3.0' });

function queryParameters(schema: z.ZodObject) {
  const { properties = {}, required = [] } = jsonSchema(schema) as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: required.includes(name),
    schema: property,
  }));
}

const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const standardErrors = {
  '400': errorResponse('Invalid input (validation, malformedJson)'),
  '401': errorResponse('Missing or invalid bearer token'),
  '403': errorResponse('Not allowed for this person'),
  '404': errorResponse('Unknown id'),
};
const ok = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const body = (schema: z.ZodType) => ({
  required: true,
  content: { 'application/json': { schema: jsonSchema(schema) } },
});

export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.0.3',
    info: {
      title: 'IPECN Concertation API',
      version: '1',
      description:
        'Comités, rencontres, présences, personnes, partenaires et indicateurs de la concertation IPECN. ' +
        'Committees, meetings, attendance, people, partners and indicators of the IPECN concertation.',
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
      },
    },
    paths: {
      '/committees': { get: { summary: 'List committees', responses: { '200': ok('Committees'), ...standardErrors } } },
      '/committees/{ref}': {
        get: {
          summary: 'One committee, by slug or id',
          parameters: [{ name: 'ref', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': ok('The committee'), ...standardErrors },
        },
      },
      '/committees/{ref}/calendar': {
        put: {
          summary: "Set the committee's calendar (a user or resource mailbox, or a Microsoft 365 group) — coordination",
          parameters: [{ name: 'ref', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: body(CalendarSourceBody),
          responses: { '200': ok('The committee'), ...standardErrors },
        },
        delete: {
          summary: "Stop syncing the committee's calendar — coordination",
          parameters: [{ name: 'ref', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': ok('The committee'), ...standardErrors },
        },
      },
      '/committees/{ref}/folder': {
        put: {
          summary: "Set the committee's SharePoint folder — coordination",
          parameters: [{ name: 'ref', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: body(DocumentFolderBody),
          responses: { '200': ok('The committee'), ...standardErrors },
        },
        delete: {
          summary: "Stop using the committee's SharePoint folder — coordination",
          parameters: [{ name: 'ref', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': ok('The committee'), ...standardErrors },
        },
      },
      '/settings': {
        get: { summary: "The fiscal year's start and the current fiscal year", responses: { '200': ok('Settings') } },
      },
      '/meetings/{id}/minutes': {
        get: {
          summary: 'The minutes of a meeting (created as a draft the first time) — committee members and coordination',
          parameters: [idParameter],
          responses: { '200': ok('Minutes view'), ...standardErrors },
        },
      },
      '/meetings/{id}/minutes/actions': {
        post: {
          summary: 'Edit, circulate or adopt the minutes (the same actions as the bot card)',
          parameters: [idParameter],
          requestBody: body(MinutesActionData),
          responses: {
            '200': ok('Minutes view'),
            '409': errorResponse('Stale version or locked minutes'),
            ...standardErrors,
          },
        },
      },
      '/indicators/manual': {
        get: {
          summary: 'History of the values entered for a manual indicator',
          parameters: queryParameters(ManualEntryQuery),
          responses: { '200': ok('Entries, newest first'), ...standardErrors },
        },
        post: {
          summary: 'Enter a value for an indicator no stored data computes — coordination',
          requestBody: body(ManualEntryBody),
          responses: { '201': ok('The entry'), ...standardErrors },
        },
      },
      '/sync/status': {
        get: {
          summary: 'The last Microsoft Graph sync of each committee and its error — coordination',
          responses: { '200': ok('Sync status'), ...standardErrors },
        },
      },
      '/meetings': {
        get: {
          summary: 'List meetings by committee, kind, status and fiscal year',
          parameters: queryParameters(ListMeetingsQuery),
          responses: { '200': ok('Meetings'), ...standardErrors },
        },
        post: {
          summary: 'Create a meeting or event',
          requestBody: body(CreateMeetingBody),
          responses: { '201': ok('The meeting'), ...standardErrors },
        },
      },
      '/meetings/{id}': {
        get: {
          summary: 'One meeting',
          parameters: [idParameter],
          responses: { '200': ok('The meeting'), ...standardErrors },
        },
        patch: {
          summary: 'Change a meeting',
          parameters: [idParameter],
          requestBody: body(UpdateMeetingBody),
          responses: { '200': ok('The meeting'), ...standardErrors },
        },
      },
      '/meetings/{id}/attendance': {
        get: {
          summary: 'Attendance of a meeting (names for the coordination team and committee members only)',
          parameters: [idParameter],
          responses: { '200': ok('Summary and rows'), ...standardErrors },
        },
        post: {
          summary: "Record a person's attendance (one row per person per meeting)",
          parameters: [idParameter],
          requestBody: body(RecordAttendanceBody),
          responses: { '200': ok('Updated row'), '201': ok('New row'), ...standardErrors },
        },
      },
      '/people': {
        get: { summary: 'People visible to the caller', responses: { '200': ok('People'), ...standardErrors } },
        post: {
          summary: 'Add a person (coordination team)',
          requestBody: body(CreatePersonBody),
          responses: { '201': ok('The person'), ...standardErrors },
        },
      },
      '/people/me': {
        get: { summary: 'The signed-in person', responses: { '200': ok('The person'), ...standardErrors } },
      },
      '/people/{id}': {
        get: {
          summary: 'One person',
          parameters: [idParameter],
          responses: { '200': ok('The person'), ...standardErrors },
        },
      },
      '/organizations': {
        get: { summary: 'Partner organizations', responses: { '200': ok('Organizations'), ...standardErrors } },
        post: {
          summary: 'Add a partner (coordination team)',
          requestBody: body(CreateOrganizationBody),
          responses: { '201': ok('The organization'), ...standardErrors },
        },
      },
      '/organizations/{id}': {
        get: {
          summary: 'One partner organization',
          parameters: [idParameter],
          responses: { '200': ok('The organization'), ...standardErrors },
        },
      },
      '/indicators': {
        get: {
          summary: "The plan's indicators for a fiscal year: target, actual, expected by today, status",
          parameters: queryParameters(IndicatorsQuery),
          responses: { '200': ok('Indicator report'), ...standardErrors },
        },
      },
    },
  };
}
