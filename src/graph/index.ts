import type { Config } from '../config.js';
import type { OutboundFetch } from '../http/outbound-fetch.js';
import { createOutboundFetch } from '../http/outbound-fetch.js';
import type { GraphApi } from './graph-client.js';
import { createGraphClient } from './graph-client.js';
import type { RetryPolicy } from './retry-policy.js';
import type { GraphTokens } from './token-provider.js';
import { createGraphTokens } from './token-provider.js';

/** What the composition root, the CLI and the SharePoint jobs use from the Graph adapter. */

export type { AttendanceImportDeps, AttendanceImportSummary } from './attendance-import.js';
export { importAttendanceReports } from './attendance-import.js';
export type { CalendarSyncDeps, CalendarSyncOutcome, CalendarSyncSummary, SyncStore } from './calendar-sync.js';
export { syncAllCalendars, syncCalendar } from './calendar-sync.js';
export {
  describeFailure,
  GraphAuthError,
  GraphNetworkError,
  GraphResponseError,
  GraphSchemaError,
  GraphSyncError,
  isSyncReset,
} from './errors.js';
export type { AccessTokenSource, GraphApi, GraphClientDeps } from './graph-client.js';
export { createGraphClient } from './graph-client.js';
export type {
  MeetingDocumentsDeps,
  MeetingDocumentsOutcome,
  MeetingDocumentsSummary,
  MinutesUploadDeps,
  MinutesUploadResult,
} from './sharepoint/index.js';
export { refreshAllMeetingDocuments, refreshMeetingDocuments, uploadAdoptedMinutes } from './sharepoint/index.js';
export type { GraphTokens } from './token-provider.js';
export { createGraphTokens } from './token-provider.js';

/**
 * The app's Graph client with its own token (client credentials), both going out through one outbound
 * fetch. For a user's rights, build another client with `tokens.onBehalfOf(ssoToken)`.
 */
export function createAppGraph(
  config: Pick<Config, 'entra' | 'graphBaseUrl'>,
  options: { fetch?: OutboundFetch; retry?: Partial<RetryPolicy> } = {},
): { graph: GraphApi; tokens: GraphTokens } {
  const fetch = options.fetch ?? createOutboundFetch();
  const tokens = createGraphTokens(config, { fetch });
  const graph = createGraphClient(config, {
    tokens: tokens.app,
    fetch,
    ...(options.retry ? { retry: options.retry } : {}),
  });
  return { graph, tokens };
}
