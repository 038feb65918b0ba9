/**
 * The HTTP interactions endpoint under load: signed interactions from a loopback client
 * (autocannon) at 50 concurrent connections, against the compiled bot (`INTERACTIONS_PORT`) and,
 * in the same run, a minimal node:http server that only verifies the signature and replies with
 * a constant. Each server is its own process, as in production.
 */
import autocannon from 'autocannon';
import { ApplicationCommandType, InteractionType } from 'discord-api-types/v10';
import { FakeDiscord } from '../tests/support/fake-discord.js';
import { type BotProcess, freePort, spawnBot, spawnReplica } from '../tests/support/process.js';
import type { Row } from './table.js';

const connections = 50;
const seconds = 10;

interface Load {
	perSecond: number;
	p50: number;
	p99: number;
	failed: number;
}

async function load(url: string, requests: { headers: Record<string, string>; body: string }[]): Promise<Load> {
	// A short run first, so neither server is measured while its code is still being compiled.
	await autocannon({ url, connections, duration: 2, requests: requests.map((r) => ({ method: 'POST', ...r })) });
	const result = await autocannon({
		url,
		connections,
		duration: seconds,
		requests: requests.map((request) => ({ method: 'POST', ...request })),
	});
	return {
		perSecond: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		failed: result.non2xx + result.errors + result.timeouts,
	};
}

export async function httpLoadRows(): Promise<Row[]> {
	const fake = await FakeDiscord.start();
	const processes: BotProcess[] = [];
	try {
		// Interactions as Discord sends them, each signed with the key the servers verify against.
		const requests = Array.from({ length: 200 }, () => {
			const { payload } = fake.createInteraction({
				type: InteractionType.ApplicationCommand,
				data: { name: 'prison', type: ApplicationCommandType.ChatInput, options: [] },
			});
			const body = JSON.stringify(payload);
			return { headers: { 'content-type': 'application/json', ...fake.sign(body) }, body };
		});
		const basePort = await freePort();
		const baseline = spawnBot({ PORT: String(basePort), PUBLIC_KEY: fake.publicKey }, 'bench/verify-only-server.mjs');
		processes.push(baseline);
		await baseline.waitForLog((line) => line.msg === 'ready');
		const replica = await spawnReplica(fake, { LOG_LEVEL: 'info' });
		processes.push(replica.bot);

		const base = await load(`http://127.0.0.1:${basePort}/interactions`, requests);
		const ours = await load(replica.url, requests);
		const section = 'HTTP endpoint, /prison';
		const note = `${connections} connections, ${seconds} s`;
		const ratio = ours.perSecond / base.perSecond;
		return [
			{
				section,
				measure: 'verify-only node:http server (baseline)',
				value: `${Math.round(base.perSecond)} req/s, p99 ${base.p99} ms`,
				note: `${note}; ${base.failed} failed`,
			},
			{
				section,
				measure: 'the bot (signature, pipeline, render)',
				value: `${Math.round(ours.perSecond)} req/s, p99 ${ours.p99} ms`,
				note: `${note}; ${ours.failed} failed; ${(ratio * 100).toFixed(0)}% of the baseline`,
				target: { text: '≥ 50% of the baseline', pass: ratio >= 0.5 && ours.failed === 0 },
			},
		];
	} finally {
		await Promise.all(processes.map((process) => process.stop()));
		await fake.close();
	}
}
