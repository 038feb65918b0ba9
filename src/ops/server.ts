import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Metrics } from './metrics.js';

/** One readiness check: its name and whether it passes (with why not). */
export type ReadinessCheck = () => Promise<{ ok: boolean; detail?: string }> | { ok: boolean; detail?: string };

export interface OpsServer {
	port: number;
	close(): Promise<void>;
}

/**
 * `METRICS_PORT`: what an orchestrator and Prometheus read. `/healthz` answers while the process
 * runs; `/readyz` only when every check passes (data loaded, the transport ready, the database
 * reachable), with each check's state in the body; `/metrics` in Prometheus's text format.
 */
export async function startOpsServer(
	port: number,
	metrics: Metrics,
	checks: Readonly<Record<string, ReadinessCheck>>,
	host = '0.0.0.0',
): Promise<OpsServer> {
	const server: Server = createServer((request, response) => {
		const path = (request.url ?? '/').split('?')[0];
		const send = (status: number, body: string, type = 'text/plain; charset=utf-8') =>
			response.writeHead(status, { 'content-type': type }).end(body);
		if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'method not allowed\n');
		if (path === '/healthz') return send(200, 'ok\n');
		if (path === '/readyz') {
			void readiness(checks).then(
				(result) => send(result.ok ? 200 : 503, `${JSON.stringify(result)}\n`, 'application/json'),
				(error: unknown) => send(503, `${JSON.stringify({ ok: false, error: String(error) })}\n`, 'application/json'),
			);
			return;
		}
		if (path === '/metrics') {
			void metrics.registry.metrics().then(
				(text) => send(200, text, metrics.registry.contentType),
				(error: unknown) => send(500, `${String(error)}\n`),
			);
			return;
		}
		send(404, 'not found: try /healthz, /readyz or /metrics\n');
	});
	server.listen(port, host);
	await once(server, 'listening');
	return {
		port: (server.address() as AddressInfo).port,
		async close() {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

async function readiness(checks: Readonly<Record<string, ReadinessCheck>>) {
	const results = Object.fromEntries(
		await Promise.all(
			Object.entries(checks).map(async ([name, check]) => {
				try {
					return [name, await check()] as const;
				} catch (error) {
					return [name, { ok: false, detail: (error as Error).message }] as const;
				}
			}),
		),
	);
	return { ok: Object.values(results).every((result) => result.ok), checks: results };
}
