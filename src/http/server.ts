import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REST } from 'discord.js';
import {
	type APIInteraction,
	type APIUser,
	InteractionResponseType,
	InteractionType,
	Routes,
} from 'discord-api-types/v10';
import type { Config } from '../config.js';
import type { DigestScheduler } from '../digest/scheduler.js';
import { withToken } from '../discord/reach.js';
import { sendLater } from '../discord/respond.js';
import { createRuntime, type RuntimeOptions } from '../runtime.js';
import { version } from '../version.js';
import { restCannotPostIn } from './channel-check.js';
import { publicKeyFromHex, verifyRequest } from './verify.js';

/** Larger bodies are refused (413): an interaction, even with a resolved message, is far smaller. */
export const maxBodyBytes = 256 * 1024;

export interface HttpBotOptions extends Omit<RuntimeOptions, 'owners'> {
	config: Pick<Config, 'DISCORD_API_URL'> & {
		DISCORD_TOKEN: string;
		DISCORD_PUBLIC_KEY: string;
		INTERACTIONS_PORT: number;
		BOT_OWNER_IDS?: readonly string[];
	};
	/** Where to listen; every interface by default (a load balancer or proxy sits in front). */
	host?: string;
	/** Extra REST options (tests relax throttles). */
	restOptions?: ConstructorParameters<typeof REST>[0];
}

export interface HttpBot {
	port: number;
	scheduler: DigestScheduler;
	stop(): Promise<void>;
}

/**
 * The HTTP transport: Discord POSTs each interaction to /interactions, signed with Ed25519. The
 * pipeline's response goes back in the HTTP response; a deferred reply is filled in over REST.
 * No gateway connection: digests post over REST too, so any number of replicas can run.
 */
export async function startHttpBot({
	config,
	host = '0.0.0.0',
	restOptions = {},
	...options
}: HttpBotOptions): Promise<HttpBot> {
	const { logger } = options;
	const rest = new REST({ ...restOptions, api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
	// Checks the token before listening, and gives the id the digests look for their own posts by.
	const me = (await withToken(() => rest.get(Routes.user('@me')))) as APIUser;
	const key = publicKeyFromHex(config.DISCORD_PUBLIC_KEY);
	const runtime = createRuntime(
		{ ...options, ...(config.BOT_OWNER_IDS ? { owners: config.BOT_OWNER_IDS } : {}) },
		{
			rest,
			botUserId: () => me.id,
			cannotPostIn: (guildId, channelId) => restCannotPostIn(rest, me.id, guildId, channelId),
		},
	);

	async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const send = (status: number, body: unknown): void => {
			response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
		};
		const path = (request.url ?? '/').split('?')[0];
		if (path !== '/interactions') return send(404, { error: 'not found: Discord posts to /interactions' });
		if (request.method !== 'POST') return send(405, { error: 'only POST' });
		const body = await readBody(request, maxBodyBytes);
		if (!body) return send(413, { error: `body larger than ${maxBodyBytes} bytes` });
		const verdict = verifyRequest(
			key,
			header(request, 'x-signature-ed25519'),
			header(request, 'x-signature-timestamp'),
			body,
		);
		if (!verdict.ok) {
			logger.warn(
				{ reason: verdict.reason, from: request.socket.remoteAddress },
				'interaction request refused: not signed by Discord',
			);
			return send(401, { error: `invalid request signature (${verdict.reason})` });
		}
		let interaction: APIInteraction | { type: InteractionType.Ping };
		try {
			interaction = JSON.parse(body.toString('utf8'));
		} catch {
			return send(400, { error: 'body is not JSON' });
		}
		if (typeof interaction !== 'object' || interaction === null || typeof interaction.type !== 'number') {
			return send(400, { error: 'body is not an interaction' });
		}
		if (interaction.type === InteractionType.Ping) return send(200, { type: InteractionResponseType.Pong });
		const { response: reply, later } = await runtime.handle(interaction as APIInteraction);
		send(200, reply);
		if (later) await sendLater(rest, interaction as APIInteraction, later, logger);
	}

	// Nothing listens before the bot can answer.
	await options.ready;
	const server = createServer((request, response) => {
		serve(request, response).catch((error: unknown) => {
			logger.error({ err: error }, 'interaction request failed');
			if (!response.headersSent) response.writeHead(500).end();
		});
	});
	server.listen(config.INTERACTIONS_PORT, host);
	await once(server, 'listening');
	const port = (server.address() as AddressInfo).port;
	runtime.scheduler.start();
	logger.info(
		{ user: me.username, port, path: '/interactions', version, instance: runtime.scheduler.instance },
		'ready',
	);
	return {
		port,
		scheduler: runtime.scheduler,
		async stop() {
			await runtime.scheduler.stop();
			options.limiters.ask.clear();
			options.limiters.autocomplete.clear();
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
			logger.info('disconnected');
		},
	};
}

function header(request: IncomingMessage, name: string): string | undefined {
	const value = request.headers[name];
	return Array.isArray(value) ? value[0] : value;
}

/**
 * The raw body, or undefined once it grows past `limit` (the rest is not read). Plain events
 * rather than `for await`: the async iterator cost a measurable share of each request under load.
 */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
	if (Number(request.headers['content-length'] ?? 0) > limit) return Promise.resolve(undefined);
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const onData = (chunk: Buffer) => {
			size += chunk.length;
			if (size <= limit) return void chunks.push(chunk);
			request.off('data', onData);
			request.pause();
			resolve(undefined);
		};
		request.on('data', onData);
		request.once('end', () => resolve(size <= limit ? Buffer.concat(chunks, size) : undefined));
		request.once('error', reject);
	});
}
