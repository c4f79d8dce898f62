import path from 'node:path';
import { z } from 'zod';

/**
 * The only reader of the environment. Everything else receives a `Config`.
 * A wrong value stops start-up with a message that names the variable.
 */

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const httpsUrl = z.url({ protocol: /^https?$/ }).transform((value) => value.replace(/\/+$/, ''));

const MonthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected MM-DD, e.g. 04-01')
  .refine((value) => {
    const [month, day] = value.split('-').map(Number) as [number, number];
    return day <= [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  }, 'not a day of the year (29 February is not allowed)');

const Environment = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL')
        .optional(),
    ),
    BOT_ID: optionalText,
    BOT_PASSWORD: optionalText,
    BOT_TENANT_ID: optionalText,
    BOT_TYPE: optionalText.pipe(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional()),
    AAD_APP_CLIENT_ID: optionalText,
    AAD_APP_CLIENT_SECRET: optionalText,
    AAD_APP_TENANT_ID: optionalText,
    AAD_APP_OAUTH_AUTHORITY_HOST: httpsUrl.default('https://login.microsoftonline.com'),
    GRAPH_BASE_URL: httpsUrl.default('https://graph.microsoft.com'),
    PUBLIC_URL: optionalText.pipe(httpsUrl.optional()),
    FISCAL_YEAR_START: MonthDay.default('04-01'),
    GRAPH_SYNC_INTERVAL_MINUTES: z.coerce
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .default(60),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    for (const name of ['BOT_ID', 'AAD_APP_CLIENT_ID'] as const) {
      if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'required when NODE_ENV=production' });
    }
    if (env.BOT_ID && !env.BOT_PASSWORD && env.BOT_TYPE !== 'UserAssignedMSI') {
      ctx.addIssue({ code: 'custom', path: ['BOT_PASSWORD'], message: 'required when NODE_ENV=production' });
    }
  });

export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  fiscalYearStart: { month: number; day: number };
  publicUrl: string | undefined;
  bot: { appId?: string; password?: string; tenantId?: string; appType?: string };
  entra: {
    clientId?: string;
    clientSecret?: string;
    tenantId?: string;
    authorityHost: string;
  };
  graphBaseUrl: string;
  /** Minutes between two Graph syncs; 0 turns the schedule off. It runs only when Graph credentials are set. */
  graphSyncIntervalMinutes: number;
  /** The server issues its own tokens when no Entra app is configured (never in production). */
  devAuth: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = Environment.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const [month, day] = env.FISCAL_YEAR_START.split('-').map(Number) as [number, number];
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    dataDir: path.resolve(env.DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    fiscalYearStart: { month, day },
    publicUrl: env.PUBLIC_URL,
    bot: {
      appId: env.BOT_ID,
      password: env.BOT_PASSWORD,
      tenantId: env.BOT_TENANT_ID,
      appType: env.BOT_TYPE,
    },
    entra: {
      clientId: env.AAD_APP_CLIENT_ID,
      clientSecret: env.AAD_APP_CLIENT_SECRET,
      tenantId: env.AAD_APP_TENANT_ID,
      authorityHost: env.AAD_APP_OAUTH_AUTHORITY_HOST,
    },
    graphBaseUrl: env.GRAPH_BASE_URL,
    graphSyncIntervalMinutes: env.GRAPH_SYNC_INTERVAL_MINUTES,
    devAuth: env.NODE_ENV !== 'production' && !env.AAD_APP_CLIENT_ID,
  };
}

/** Background Graph work needs the app's own credentials: client id, secret and tenant. */
export function missingGraphCredentials(config: Config): string[] {
  const missing: string[] = [];
  if (!config.entra.clientId) missing.push('AAD_APP_CLIENT_ID');
  if (!config.entra.clientSecret) missing.push('AAD_APP_CLIENT_SECRET');
  if (!config.entra.tenantId) missing.push('AAD_APP_TENANT_ID');
  return missing;
}
