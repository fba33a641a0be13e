/**
 * The load generator of ranking-mixed-load.bench.ts, in a process of its own (as a load generator should be): reads
 * its plan from the JSON file named by its argument, drives autocannon with a body chosen per request, and prints
 * the result as one JSON line. Not run by hand.
 *
 * Plan: { url, connections, seconds, seed, repeatShare, nonce, hot: {body, token} | null, pool: [{body, token}] }.
 * Each request is `hot` with probability repeatShare, else one of `pool` drawn at random (seeded); with `nonce`,
 * every request's variables get a number of their own (`n`, declared by no query: ignored by GraphQL, but part of
 * the answer cache's key), so that no two requests are the same.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));

/** mulberry32: a small seeded generator, so that runs draw the same sequence. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(plan.seed);
const pool = plan.pool.map((entry) => ({ ...entry, parsed: JSON.parse(entry.body) }));
const hot = plan.hot && { ...plan.hot, parsed: JSON.parse(plan.hot.body) };
let sent = 0;
let hotSent = 0;
let graphqlErrors = 0;
let firstError = null;

const instance = autocannon({
  url: plan.url,
  connections: plan.connections,
  duration: plan.seconds,
  requests: [
    {
      method: 'POST',
      setupRequest(request) {
        const entry = hot && next() < plan.repeatShare ? hot : pool[Math.floor(next() * pool.length)];
        if (entry === hot) hotSent++;
        sent++;
        const body = plan.nonce
          ? JSON.stringify({ ...entry.parsed, variables: { ...entry.parsed.variables, n: sent } })
          : entry.body;
        return {
          ...request,
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${entry.token}` },
          body,
        };
      },
      onResponse(status, body) {
        if (body.startsWith('{"errors"') || body.includes('"errors":[')) {
          graphqlErrors++;
          firstError ??= body.slice(0, 300);
        }
      },
    },
  ],
});
instance.on('done', (result) => {
  console.log(
    JSON.stringify({
      requestsPerSecond: result.requests.average,
      total: result.requests.total,
      p50: result.latency.p50,
      p99: result.latency.p99,
      bytesPerSecond: result.throughput.average,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      graphqlErrors,
      firstError,
      sent,
      hotSent,
    }),
  );
});
