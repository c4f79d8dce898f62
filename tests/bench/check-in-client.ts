import http from 'node:http';

/**
 * The load generator of the check-ins section, run in its own process (`child_process.fork`) so that its
 * CPU does not count against the servers measured. It posts prepared JSON bodies to a URL over keep-alive
 * connections, one agent per server, and answers with each response's status, body and latency.
 *
 * Messages: `{ id, kind: 'burst', url, bodies }` sends every body at once; `{ id, kind: 'steady', url,
 * bodies, intervalMs }` sends one body every `intervalMs`, paced on the clock (open loop: a slow answer
 * does not delay the next send); `{ id, kind: 'serial', url, bodies }` sends each body once the previous
 * answer is in; `{ kind: 'exit' }` closes the connections and ends the process.
 */

export type ClientRequest =
  | { id: number; kind: 'burst'; url: string; bodies: string[] }
  | { id: number; kind: 'steady'; url: string; bodies: string[]; intervalMs: number }
  | { id: number; kind: 'serial'; url: string; bodies: string[] }
  | { kind: 'exit' };

export interface ClientResult {
  status: number;
  body: string;
  /** From the request's send to the end of its response. */
  latencyMs: number;
  /** Send time, from the first send. */
  sentAtMs: number;
  /** End of the response, from the first send. */
  doneAtMs: number;
  error?: string;
}

export interface ClientReply {
  id: number;
  results: ClientResult[];
  /** First send to last response. */
  elapsedMs: number;
  /** Steady: the latest a send left after its planned time. */
  maxSendLagMs: number;
}

const agents = new Map<string, http.Agent>();

function agentFor(url: URL): http.Agent {
  let agent = agents.get(url.host);
  if (!agent) {
    agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: 1024, scheduling: 'fifo' });
    agents.set(url.host, agent);
  }
  return agent;
}

function post(url: URL, body: Buffer, origin: number): Promise<ClientResult> {
  const sentAt = performance.now();
  return new Promise((resolve) => {
    const done = (status: number, text: string, error?: string) => {
      const end = performance.now();
      resolve({
        status,
        body: text,
        latencyMs: end - sentAt,
        sentAtMs: sentAt - origin,
        doneAtMs: end - origin,
        ...(error ? { error } : {}),
      });
    };
    const request = http.request(
      {
        agent: agentFor(url),
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': body.length },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(response.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')));
        response.on('error', (error) => done(0, '', error.message));
      },
    );
    request.on('error', (error) => done(0, '', error.message));
    request.end(body);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function burst(url: URL, bodies: Buffer[]): Promise<Omit<ClientReply, 'id'>> {
  const origin = performance.now();
  const results = await Promise.all(bodies.map((body) => post(url, body, origin)));
  return { results, elapsedMs: performance.now() - origin, maxSendLagMs: 0 };
}

async function steady(url: URL, bodies: Buffer[], intervalMs: number): Promise<Omit<ClientReply, 'id'>> {
  const origin = performance.now();
  const pending: Promise<ClientResult>[] = [];
  let maxSendLagMs = 0;
  for (const [index, body] of bodies.entries()) {
    const planned = origin + index * intervalMs;
    const wait = planned - performance.now();
    if (wait > 0) await sleep(wait);
    maxSendLagMs = Math.max(maxSendLagMs, performance.now() - planned);
    pending.push(post(url, body, origin));
  }
  const results = await Promise.all(pending);
  return { results, elapsedMs: performance.now() - origin, maxSendLagMs };
}

async function serial(url: URL, bodies: Buffer[]): Promise<Omit<ClientReply, 'id'>> {
  const origin = performance.now();
  const results: ClientResult[] = [];
  for (const body of bodies) results.push(await post(url, body, origin));
  return { results, elapsedMs: performance.now() - origin, maxSendLagMs: 0 };
}

process.on('message', (message: ClientRequest) => {
  if (message.kind === 'exit') {
    for (const agent of agents.values()) agent.destroy();
    process.disconnect();
    return;
  }
  const url = new URL(message.url);
  const bodies = message.bodies.map((body) => Buffer.from(body, 'utf8'));
  const work =
    message.kind === 'burst'
      ? burst(url, bodies)
      : message.kind === 'serial'
        ? serial(url, bodies)
        : steady(url, bodies, message.intervalMs);
  void work.then((reply) => process.send!({ id: message.id, ...reply } satisfies ClientReply));
});
