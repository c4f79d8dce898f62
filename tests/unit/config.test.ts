import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('has working defaults for development', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3978,
      databaseUrl: undefined,
      fiscalYearStart: { month: 4, day: 1 },
      graphBaseUrl: 'https://graph.microsoft.com',
      entra: { authorityHost: 'https://login.microsoftonline.com' },
      devAuth: true,
    });
    expect(config.dataDir).toMatch(/data$/);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ FISCAL_YEAR_START: '13-01' }, 'FISCAL_YEAR_START'],
    [{ FISCAL_YEAR_START: '02-30' }, 'FISCAL_YEAR_START'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ GRAPH_BASE_URL: 'not a url' }, 'GRAPH_BASE_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ BOT_TYPE: 'Anybody' }, 'BOT_TYPE'],
  ])('stops on %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration:\\n  ${variable}: `));
  });

  it('refuses to start in production without BOT_ID or AAD_APP_CLIENT_ID', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      'Invalid configuration:\n  BOT_ID: required when NODE_ENV=production\n  AAD_APP_CLIENT_ID: required when NODE_ENV=production',
    );
    expect(() => loadConfig({ NODE_ENV: 'production', BOT_ID: 'x', BOT_PASSWORD: 'y' })).toThrow(/AAD_APP_CLIENT_ID/);
  });

  it('never issues development tokens in production', () => {
    const config = loadConfig({ NODE_ENV: 'production', BOT_ID: 'b', BOT_PASSWORD: 'p', AAD_APP_CLIENT_ID: 'c' });
    expect(config.devAuth).toBe(false);
  });

  it('treats empty values as unset and trims trailing slashes of endpoints', () => {
    const config = loadConfig({
      DATABASE_URL: '',
      GRAPH_BASE_URL: 'https://graph.microsoft.us/',
      FISCAL_YEAR_START: '07-01',
    });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.graphBaseUrl).toBe('https://graph.microsoft.us');
    expect(config.fiscalYearStart).toEqual({ month: 7, day: 1 });
  });
});
