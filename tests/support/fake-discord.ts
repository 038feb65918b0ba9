/**
 * A local stand-in for Discord: it speaks the real gateway (JSON over WebSocket) and REST (/api/v10) protocols
 * on 127.0.0.1, so an unmodified discord.js client can log in, receive interactions and answer them in tests.
 *
 * It is deliberately strict where real Discord is strict (double acknowledgements, the 3 s response deadline,
 * message and command limits, unknown tokens), so a bot that passes against it is not relying on leniency the real
 * service lacks. Error codes and body shapes follow Discord's; the wording of error messages is approximate.
 */
import { sign as cryptoSign, generateKeyPairSync, randomBytes } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ClientOptions } from 'discord.js';
import {
	type APIApplication,
	type APIApplicationCommand,
	type APIAttachment,
	type APIChannel,
	type APIEmbed,
	type APIGuildMember,
	type APIMessage,
	type APIOverwrite,
	type APIRole,
	type APITextChannel,
	type APIUser,
	ApplicationCommandType,
	type ApplicationFlags,
	ChannelType,
	ComponentType,
	GatewayCloseCodes,
	GatewayDispatchEvents,
	type GatewayGuildCreateDispatchData,
	GatewayIntentBits,
	GatewayOpcodes,
	type GatewayReadyDispatchData,
	type GuildMemberFlags,
	type GuildSystemChannelFlags,
	InteractionContextType,
	InteractionResponseType,
	InteractionType,
	Locale,
	MessageFlags,
	MessageType,
	OverwriteType,
	PermissionFlagsBits,
	type RoleFlags,
} from 'discord-api-types/v10';
import { type WebSocket, WebSocketServer } from 'ws';
import { patienceMs } from './wait.js';

// ---------------------------------------------------------------------------------------------------------------
// Public types

export interface RecordedRequest {
	method: string;
	/** Decoded, without the /api/v10 prefix or query, e.g. '/webhooks/123/tok/messages/@original'. */
	path: string;
	query: URLSearchParams;
	/** Parsed JSON body, or the parsed payload_json of a multipart body; undefined when there was none. */
	body: unknown;
	/** Files of a multipart body. */
	files: RecordedFile[];
	/** The status the fake answered with. */
	status: number;
}

export interface RecordedFile {
	field: string;
	name: string;
	size: number;
	contentType: string;
}

export interface FakeDiscordOptions {
	/** How many guilds READY lists; each gets one text channel. Default 1. */
	guilds?: number;
	/** The shard count GET /gateway/bot recommends. Default 1. */
	recommendedShards?: number;
	/** How many shards may identify at once (`session_start_limit.max_concurrency`). Default 1. */
	maxConcurrency?: number;
	/**
	 * How long an interaction may wait for its first response before it is gone (404 Unknown interaction), as on
	 * Discord; default 3000 ms, 0 for no limit.
	 */
	responseDeadlineMs?: number;
}

export interface InteractionInput {
	/** 2 application command, 3 message component, 4 autocomplete, 5 modal submit. */
	type:
		| InteractionType.ApplicationCommand
		| InteractionType.MessageComponent
		| InteractionType.ApplicationCommandAutocomplete
		| InteractionType.ModalSubmit;
	/** The interaction's data; commands get a generated `id` (and `type` 1) when absent. */
	data: Record<string, unknown>;
	/** Overrides for the invoking user; defaults to a plain test user. */
	user?: Partial<APIUser>;
	/** The member's computed permissions; default '0'. */
	permissions?: string;
	roles?: string[];
	/** The message a component (or a modal opened from one) is on; defaults to a bot message. */
	message?: APIMessage;
	/** false for an interaction in a DM with the bot. */
	guild?: boolean;
	/** Which guild it happens in (in that guild's text channel); default the first. */
	guildId?: string;
	locale?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Ids, users and messages

const DISCORD_EPOCH = 1_420_070_400_000n;
let lastSnowflake = 0n;

/** A timestamp-based snowflake (so discord.js's createdAt getters are sensible), strictly increasing. */
export function snowflake(): string {
	const fromClock = (BigInt(Date.now()) - DISCORD_EPOCH) << 22n;
	lastSnowflake = fromClock > lastSnowflake ? fromClock : lastSnowflake + 1n;
	return lastSnowflake.toString();
}

/**
 * Snowflakes one millisecond apart each: guilds made this way fall on consecutive shards, since
 * Discord places a guild on shard `(guild_id >> 22) % shard_count`. They are made together, so
 * the clock moving on between two of them cannot put two guilds on one shard.
 */
function consecutiveSnowflakes(count: number): string[] {
	const fromClock = (BigInt(Date.now()) - DISCORD_EPOCH) >> 0n;
	const after = (lastSnowflake >> 22n) + 1n;
	const first = fromClock > after ? fromClock : after;
	const ids = Array.from({ length: count }, (_, i) => (first + BigInt(i)) << 22n);
	lastSnowflake = ids.at(-1) ?? lastSnowflake;
	return ids.map(String);
}

/** The shard a guild's events go to. */
export function shardOf(guildId: string, shardCount: number): number {
	return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

function fakeUser(id: string, overrides: Partial<APIUser> = {}): APIUser {
	const username = overrides.username ?? `user${id.slice(-6)}`;
	return {
		id,
		username,
		discriminator: '0',
		global_name: username,
		avatar: null,
		...overrides,
	};
}

export interface FakeMessageOptions {
	content: string;
	id?: string;
	authorId?: string;
	author?: Partial<APIUser>;
	/** Interactions rewrite this to their own channel, as Discord only sends messages from the interaction's channel. */
	channelId?: string;
	embeds?: APIEmbed[];
	components?: APIMessage['components'];
	flags?: number;
}

/** A complete message object, e.g. for the resolved target of a message context menu. */
export function fakeMessage(options: FakeMessageOptions): APIMessage {
	return {
		id: options.id ?? snowflake(),
		channel_id: options.channelId ?? snowflake(),
		author: fakeUser(options.author?.id ?? options.authorId ?? snowflake(), options.author),
		content: options.content,
		timestamp: new Date().toISOString(),
		edited_timestamp: null,
		tts: false,
		mention_everyone: false,
		mentions: [],
		mention_roles: [],
		attachments: [],
		embeds: options.embeds ?? [],
		pinned: false,
		type: MessageType.Default,
		flags: options.flags ?? 0,
		components: options.components ?? [],
	};
}

/** Client options that point discord.js at the fake and remove waits meant to protect the real service. */
export function fastClientOptions(fake: Pick<FakeDiscord, 'apiUrl'>): Pick<ClientOptions, 'rest' | 'ws'> {
	return {
		rest: { api: fake.apiUrl, globalRequestsPerSecond: 10_000, offset: 0 },
		// The default throttler spaces identifies 5 s apart per bucket, which a reconnecting test would sit through.
		ws: { buildIdentifyThrottler: () => ({ waitForIdentify: () => Promise.resolve() }) },
	};
}

const sumBits = (...bits: bigint[]) => bits.reduce((all, bit) => all | bit, 0n).toString();

/** What @everyone may do in a fresh guild's text channel. */
const EVERYONE_PERMISSIONS = sumBits(
	PermissionFlagsBits.ViewChannel,
	PermissionFlagsBits.SendMessages,
	PermissionFlagsBits.SendMessagesInThreads,
	PermissionFlagsBits.EmbedLinks,
	PermissionFlagsBits.AttachFiles,
	PermissionFlagsBits.ReadMessageHistory,
	PermissionFlagsBits.AddReactions,
	PermissionFlagsBits.UseExternalEmojis,
	PermissionFlagsBits.UseApplicationCommands,
);

/** The bot's permissions: every text permission short of moderation. */
const APP_PERMISSIONS = sumBits(
	BigInt(EVERYONE_PERMISSIONS),
	PermissionFlagsBits.CreatePublicThreads,
	PermissionFlagsBits.CreatePrivateThreads,
	PermissionFlagsBits.UseExternalStickers,
	PermissionFlagsBits.SendPolls,
	PermissionFlagsBits.UseExternalApps,
);

// ---------------------------------------------------------------------------------------------------------------
// Errors in Discord's shapes

class HttpError extends Error {
	constructor(
		readonly status: number,
		readonly body: { message: string; code: number; errors?: ErrorTree },
	) {
		super(body.message);
	}
}

interface FieldError {
	code: string;
	message: string;
}
interface ErrorTree {
	[key: string]: ErrorTree | FieldError[];
}

/** Collects field errors into the nested `errors` object of a 50035 Invalid Form Body response. */
class FormErrors {
	readonly tree: ErrorTree = {};
	private count = 0;

	add(path: (string | number)[], code: string, message: string): void {
		let node = this.tree;
		for (const key of path) {
			const child = node[String(key)];
			if (child && !Array.isArray(child)) {
				node = child;
			} else {
				const created: ErrorTree = {};
				node[String(key)] = created;
				node = created;
			}
		}
		const list = node._errors;
		if (Array.isArray(list)) list.push({ code, message });
		else node._errors = [{ code, message }];
		this.count++;
	}

	length(path: (string | number)[], value: unknown, min: number, max: number): void {
		const length = typeof value === 'string' ? value.length : 0;
		if (length < min || length > max) {
			if (min === 0) this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
			else this.add(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
		}
	}

	throwIfAny(): void {
		if (this.count > 0) throw new HttpError(400, { message: 'Invalid Form Body', code: 50035, errors: this.tree });
	}
}

const notFound = (what: string, code: number) => new HttpError(404, { message: `Unknown ${what}`, code });

// ---------------------------------------------------------------------------------------------------------------
// Validation of what discord.js sends, against Discord's documented limits

/** Content, embed and component limits of a message that is about to exist (after any edit is applied). */
function checkMessage(message: APIMessage, path: (string | number)[]): void {
	const errors = new FormErrors();
	const componentsV2 = ((message.flags ?? 0) & MessageFlags.IsComponentsV2) !== 0;
	const components = message.components ?? [];
	errors.length([...path, 'content'], message.content, 0, 2000);
	if (message.embeds.length > 10) {
		errors.add([...path, 'embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
	}
	let embedChars = 0;
	message.embeds.forEach((embed, i) => {
		const at = [...path, 'embeds', i];
		const texts: [string[], unknown, number][] = [
			[['title'], embed.title, 256],
			[['description'], embed.description, 4096],
			[['footer', 'text'], embed.footer?.text, 2048],
			[['author', 'name'], embed.author?.name, 256],
		];
		for (const [field, value, max] of texts) {
			errors.length([...at, ...field], value, 0, max);
			if (typeof value === 'string') embedChars += value.length;
		}
		const fields = embed.fields ?? [];
		if (fields.length > 25) errors.add([...at, 'fields'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
		fields.forEach((field, j) => {
			errors.length([...at, 'fields', j, 'name'], field.name, 1, 256);
			errors.length([...at, 'fields', j, 'value'], field.value, 1, 1024);
			embedChars += (field.name?.length ?? 0) + (field.value?.length ?? 0);
		});
	});
	if (embedChars > 6000) {
		errors.add([...path, 'embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
	}
	if (!componentsV2) {
		if (components.length > 5) {
			errors.add([...path, 'components'], 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
		}
		components.forEach((row, i) => {
			const at = [...path, 'components', i];
			if (row.type !== ComponentType.ActionRow) {
				errors.add([...at, 'type'], 'UNION_TYPE_CHOICES', 'Value of field "type" must be one of (1,).');
				return;
			}
			const children = row.components;
			if (children.length < 1 || children.length > 5) {
				errors.add([...at, 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
			}
			children.forEach((child, j) => {
				if ('custom_id' in child) errors.length([...at, 'components', j, 'custom_id'], child.custom_id, 1, 100);
				if ('label' in child) errors.length([...at, 'components', j, 'label'], child.label, 0, 80);
			});
		});
	}
	errors.throwIfAny();
	const empty =
		!message.content &&
		message.embeds.length === 0 &&
		components.length === 0 &&
		message.attachments.length === 0 &&
		!message.poll &&
		!message.sticker_items?.length;
	if (empty) throw new HttpError(400, { message: 'Cannot send an empty message', code: 50006 });
}

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Names, descriptions, option order and counts of a command (or option) being registered. */
function checkCommandShape(
	command: Record<string, unknown>,
	path: (string | number)[],
	errors: FormErrors,
	isOption: boolean,
): void {
	const slashLike = isOption || (command.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput;
	const name = command.name;
	if (slashLike) {
		if (typeof name !== 'string' || !COMMAND_NAME.test(name) || name !== name.toLowerCase()) {
			errors.add([...path, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', `Command name is invalid`);
		}
		errors.length([...path, 'description'], command.description, 1, 100);
	} else {
		errors.length([...path, 'name'], name, 1, 32);
		if (command.description) {
			errors.add(
				[...path, 'description'],
				'APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION',
				'Context menu commands cannot have description',
			);
		}
	}
	const options = Array.isArray(command.options) ? (command.options as Record<string, unknown>[]) : [];
	if (options.length > 25) errors.add([...path, 'options'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
	const seen = new Set<unknown>();
	let sawOptional = false;
	options.forEach((option, i) => {
		const at = [...path, 'options', i];
		if (seen.has(option.name)) {
			errors.add([...at, 'name'], 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', 'Option names must be unique');
		}
		seen.add(option.name);
		if (option.required === true && sawOptional) {
			errors.add(
				[...at, 'required'],
				'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
				'Required options must be placed before non-required options',
			);
		}
		if (option.required !== true) sawOptional = true;
		const choices = Array.isArray(option.choices) ? (option.choices as Record<string, unknown>[]) : [];
		if (choices.length > 25) errors.add([...at, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
		choices.forEach((choice, j) => {
			errors.length([...at, 'choices', j, 'name'], choice.name, 1, 100);
			if (typeof choice.value === 'string') errors.length([...at, 'choices', j, 'value'], choice.value, 1, 100);
		});
		checkCommandShape(option, at, errors, true);
	});
}

function checkCommands(body: unknown): Record<string, unknown>[] {
	if (!Array.isArray(body)) {
		throw new HttpError(400, {
			message: 'Invalid Form Body',
			code: 50035,
			errors: { _errors: [{ code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }] },
		});
	}
	const errors = new FormErrors();
	const seen = new Set<string>();
	body.forEach((raw, i) => {
		const command = asRecord(raw);
		const key = `${command.type ?? 1}:${String(command.name)}`;
		if (seen.has(key)) {
			errors.add([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
		}
		seen.add(key);
		checkCommandShape(command, [i], errors, false);
	});
	errors.throwIfAny();
	return body.map(asRecord);
}

function checkAutocomplete(data: Record<string, unknown>): void {
	const errors = new FormErrors();
	const choices = Array.isArray(data.choices) ? (data.choices as Record<string, unknown>[]) : null;
	if (!choices) {
		errors.add(['data', 'choices'], 'BASE_TYPE_REQUIRED', 'This field is required');
	} else if (choices.length > 25) {
		errors.add(['data', 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
	}
	choices?.forEach((choice, i) => {
		errors.length(['data', 'choices', i, 'name'], choice.name, 1, 100);
		if (typeof choice.value === 'string') errors.length(['data', 'choices', i, 'value'], choice.value, 0, 100);
	});
	errors.throwIfAny();
}

function checkModal(data: Record<string, unknown>): void {
	const errors = new FormErrors();
	errors.length(['data', 'title'], data.title, 1, 45);
	errors.length(['data', 'custom_id'], data.custom_id, 1, 100);
	const components = Array.isArray(data.components) ? data.components : [];
	if (components.length < 1 || components.length > 5) {
		errors.add(['data', 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
	}
	errors.throwIfAny();
}

/** Which callback types Discord accepts for each interaction type. */
const ALLOWED_CALLBACKS: Record<number, number[]> = {
	[InteractionType.ApplicationCommand]: [
		InteractionResponseType.ChannelMessageWithSource,
		InteractionResponseType.DeferredChannelMessageWithSource,
		InteractionResponseType.Modal,
	],
	[InteractionType.MessageComponent]: [
		InteractionResponseType.ChannelMessageWithSource,
		InteractionResponseType.DeferredChannelMessageWithSource,
		InteractionResponseType.DeferredMessageUpdate,
		InteractionResponseType.UpdateMessage,
		InteractionResponseType.Modal,
	],
	[InteractionType.ApplicationCommandAutocomplete]: [InteractionResponseType.ApplicationCommandAutocompleteResult],
	[InteractionType.ModalSubmit]: [
		InteractionResponseType.ChannelMessageWithSource,
		InteractionResponseType.DeferredChannelMessageWithSource,
		InteractionResponseType.DeferredMessageUpdate,
		InteractionResponseType.UpdateMessage,
	],
};

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

function asRecord(value: unknown): Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function decodeSegment(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

/** JSON, or the payload_json part (plus file descriptions) of the multipart bodies discord.js sends with files. */
async function parseBody(raw: Buffer, contentType: string): Promise<{ body: unknown; files: RecordedFile[] }> {
	if (raw.length === 0) return { body: undefined, files: [] };
	if (contentType.startsWith('multipart/form-data')) {
		const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
		const files: RecordedFile[] = [];
		let body: unknown;
		for (const [field, value] of form) {
			if (typeof value === 'string') {
				if (field === 'payload_json') body = JSON.parse(value);
			} else {
				files.push({ field, name: value.name, size: value.size, contentType: value.type });
			}
		}
		return { body, files };
	}
	return { body: JSON.parse(raw.toString('utf8')), files: [] };
}

/** Shaped like a real bot token: base64 of the user id, a timestamp part and an HMAC part. */
function makeBotToken(userId: string): string {
	const random = (bytes: number) => randomBytes(bytes).toString('base64url');
	return `${Buffer.from(userId).toString('base64url')}.${random(4).slice(0, 6)}.${random(29)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// The fake

interface DispatchPayload {
	op: GatewayOpcodes.Dispatch;
	t: string;
	s: number;
	d: unknown;
}

interface GatewaySession {
	id: string;
	/** [shard id, shard count], as identified. */
	shard: [number, number];
	seq: number;
	/** Every dispatch of the session, kept so a RESUME can replay what the client missed. */
	sent: DispatchPayload[];
	/** null while the client is disconnected: dispatches then only accumulate in `sent`. */
	socket: WebSocket | null;
}

interface FakeGuild {
	id: string;
	/** The guild's first text channel, where interactions happen. */
	channel: APITextChannel;
	/** Every text channel, the first included. */
	channels: APITextChannel[];
	botRole: APIRole;
}

/** Which requests a fault applies to. */
export interface RequestMatch {
	method: string;
	path: RegExp;
}

interface Fault extends RequestMatch {
	times: number;
	/** Answer with this instead of handling the request. */
	reply?: Reply;
	/** Handle the request but never answer it (until `release`): a response lost on the way back. */
	hold?: { release: Promise<void>; onHeld: (request: RecordedRequest) => void };
	/** Handle and answer the request only once released: Discord slow to answer. */
	delay?: { until: Promise<void>; onHeld: (request: RecordedRequest) => void };
}

/** How long Discord dedupes a nonce sent with enforce_nonce ("a few minutes"). */
const NONCE_WINDOW_MS = 5 * 60_000;

interface InteractionState {
	id: string;
	token: string;
	type: InteractionType;
	commandType: number | null;
	createdAt: number;
	channelId: string;
	user: APIUser;
	owners: Record<string, string>;
	/** The message a component sits on: what DEFERRED_UPDATE_MESSAGE / UPDATE_MESSAGE act on. */
	componentMessage: APIMessage | null;
	/** The callback type once acknowledged. */
	response: InteractionResponseType | null;
	original: APIMessage | null;
	followups: Map<string, APIMessage>;
}

interface Reply {
	status: number;
	body?: unknown;
}

interface Route {
	methods: string[];
	pattern: RegExp;
	/** Whether the route needs the bot token (interaction and webhook routes authenticate by their own token). */
	auth: boolean;
	handle(params: Record<string, string>, request: RecordedRequest): Reply;
}

const ok = (body: unknown): Reply => ({ status: 200, body });
const noContent: Reply = { status: 204 };

export class FakeDiscord {
	readonly apiUrl: string;
	readonly gatewayUrl: string;
	readonly applicationId: string;
	readonly botUser: APIUser;
	readonly token: string;
	/** The first guild and its text channel. */
	readonly guildId: string;
	readonly channelId: string;
	readonly guildIds: string[];
	/** The user interactions come from unless overridden. */
	readonly defaultUser: APIUser;
	readonly ownerId = snowflake();
	/** Every REST request in arrival order, including rejected ones (see `status`). */
	readonly requests: RecordedRequest[] = [];
	/** REST requests no route matched (answered 404); tests should expect this to stay empty. */
	readonly unrouted: RecordedRequest[] = [];
	identifies = 0;
	resumes = 0;
	/** Identifies and resumes per shard id. */
	readonly identifiesByShard = new Map<number, number>();
	readonly resumesByShard = new Map<number, number>();

	private readonly guilds: FakeGuild[] = [];
	private readonly events = new EventEmitter();
	private readonly wss: WebSocketServer;
	private readonly sockets = new Set<WebSocket>();
	private readonly authenticated = new WeakSet<WebSocket>();
	/** The live session of each shard, by shard id. */
	private readonly sessions = new Map<number, GatewaySession>();
	private readonly recommendedShards: number;
	private readonly maxConcurrency: number;
	/** The key pair Discord signs HTTP interactions with; the public half is the app's DISCORD_PUBLIC_KEY. */
	private readonly signingKeys = generateKeyPairSync('ed25519');
	/** Interactions posted to an HTTP endpoint whose response has not been taken yet, by token. */
	private readonly httpPending = new Map<string, Promise<void>>();
	/** Keyed by token, which is how webhook routes find them. */
	private readonly interactions = new Map<string, InteractionState>();
	private readonly dmChannels = new Map<string, APIChannel>();
	private readonly commands = new Map<string, APIApplicationCommand[]>();
	/** Messages the bot posted in channels through REST, by channel, oldest first. */
	private readonly posted = new Map<string, APIMessage[]>();
	/** enforce_nonce bookkeeping: `${channel}:${nonce}` → the message it created and when. */
	private readonly nonces = new Map<string, { message: APIMessage; at: number }>();
	private readonly faults: Fault[] = [];
	private readonly releases: (() => void)[] = [];
	private readonly routes: Route[];
	private readonly responseDeadlineMs: number;
	private closed = false;

	private constructor(
		private readonly server: Server,
		port: number,
		options: FakeDiscordOptions,
	) {
		this.apiUrl = `http://127.0.0.1:${port}/api`;
		this.gatewayUrl = `ws://127.0.0.1:${port}`;
		this.applicationId = snowflake();
		// Bots created since 2016 share their application's id.
		this.botUser = fakeUser(this.applicationId, { username: 'sitrep-test-bot', global_name: null, bot: true });
		this.token = makeBotToken(this.botUser.id);
		this.defaultUser = fakeUser(snowflake(), { username: 'tester', global_name: 'Tester' });
		for (const id of consecutiveSnowflakes(options.guilds ?? 1)) {
			const channel = textChannel(id, 'general', []);
			this.guilds.push({
				id,
				channel,
				channels: [channel],
				botRole: this.role(snowflake(), this.botUser.username, APP_PERMISSIONS, 1, { bot_id: this.botUser.id }),
			});
		}
		const [first] = this.guilds;
		if (!first) throw new Error('FakeDiscord needs at least one guild');
		this.guildId = first.id;
		this.channelId = first.channel.id;
		this.guildIds = this.guilds.map((guild) => guild.id);
		this.routes = this.buildRoutes();
		this.responseDeadlineMs = options.responseDeadlineMs ?? 3000;
		this.recommendedShards = options.recommendedShards ?? 1;
		this.maxConcurrency = options.maxConcurrency ?? 1;

		server.on('request', (request, response) => void this.onHttpRequest(request, response));
		this.wss = new WebSocketServer({ server });
		this.wss.on('connection', (socket, request) => this.onConnection(socket, request));
	}

	static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
		const server = createServer();
		server.listen(0, '127.0.0.1');
		await once(server, 'listening');
		return new FakeDiscord(server, (server.address() as AddressInfo).port, options);
	}

	// ----- test-facing helpers ---------------------------------------------------------------------------------

	/** Resolves once a client has identified and been sent READY (and GUILD_CREATEs); at once if that happened. */
	waitForReady(timeoutMs = patienceMs): Promise<void> {
		return this.sessions.size > 0 ? Promise.resolve() : this.waitForEvent('ready', timeoutMs);
	}

	/** Resolves once `count` shards have a session. */
	async waitForShards(count: number, timeoutMs = patienceMs): Promise<void> {
		while (this.sessions.size < count) await this.waitForEvent('ready', timeoutMs);
	}

	/** The shard a guild is on, with the shard count its session identified with (1 before any). */
	shardOfGuild(guildId: string): number {
		const count = [...this.sessions.values()][0]?.shard[1] ?? 1;
		return shardOf(guildId, count);
	}

	/** Resolves at the next successful RESUME (after the replay and RESUMED were sent). */
	waitForResume(timeoutMs = patienceMs): Promise<void> {
		return this.waitForEvent('resumed', timeoutMs);
	}

	/**
	 * Resolves with the first request at index >= `after` (default 0, so requests that already arrived count) that
	 * matches; pass `after: fake.requests.length` to wait only for new ones.
	 */
	waitForRequest(
		match: { method?: string; path: string | RegExp },
		options: { timeoutMs?: number; after?: number } = {},
	): Promise<RecordedRequest> {
		const { timeoutMs = patienceMs, after = 0 } = options;
		const method = match.method?.toUpperCase();
		const matches = (request: RecordedRequest) =>
			(!method || request.method === method) &&
			(typeof match.path === 'string' ? request.path === match.path : request.path.search(match.path) >= 0);
		const found = this.requests.slice(after).find(matches);
		if (found) return Promise.resolve(found);
		return new Promise((resolve, reject) => {
			const onRequest = (request: RecordedRequest) => {
				if (!matches(request)) return;
				clearTimeout(timer);
				this.events.off('request', onRequest);
				resolve(request);
			};
			const timer = setTimeout(() => {
				this.events.off('request', onRequest);
				const seen = this.requests.map((r, i) => `  #${i} ${r.method} ${r.path} -> ${r.status}`).join('\n');
				const wanted = `${method ?? 'request'} ${String(match.path)}`;
				const message = `No ${wanted} within ${timeoutMs} ms (from #${after}). Requests seen:\n${seen || '  (none)'}`;
				reject(new Error(message));
			}, timeoutMs);
			this.events.on('request', onRequest);
		});
	}

	/**
	 * Sends any gateway event to the connected client (buffered while it is disconnected); returns its sequence.
	 * An event about a guild goes to that guild's shard; any other to shard 0.
	 */
	dispatch(event: string, data: unknown): number {
		const guildId = asRecord(data).guild_id;
		const shard = typeof guildId === 'string' ? this.shardOfGuild(guildId) : 0;
		const session = this.sessions.get(shard);
		if (!session)
			throw new Error(`No gateway session on shard ${shard}: log a client in and await waitForReady() first`);
		return this.dispatchTo(session, event, data);
	}

	private dispatchTo(session: GatewaySession, event: string, data: unknown): number {
		const payload: DispatchPayload = { op: GatewayOpcodes.Dispatch, t: event, s: ++session.seq, d: data };
		session.sent.push(payload);
		session.socket?.send(JSON.stringify(payload));
		return payload.s;
	}

	/** Builds a complete INTERACTION_CREATE payload, sends it over the gateway and returns its id and token. */
	dispatchInteraction(input: InteractionInput): { id: string; token: string } {
		const { id, token, payload } = this.createInteraction(input);
		this.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
		return { id, token };
	}

	/** The raw 32-byte public key, in hex, as the Developer Portal shows it: what DISCORD_PUBLIC_KEY is set to. */
	get publicKey(): string {
		return this.signingKeys.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
	}

	/** Discord's signature headers for a body: Ed25519 over the timestamp followed by the body. */
	sign(body: string | Buffer, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
		const signed = Buffer.concat([Buffer.from(String(timestamp)), Buffer.from(body)]);
		return {
			'x-signature-ed25519': cryptoSign(null, signed, this.signingKeys.privateKey).toString('hex'),
			'x-signature-timestamp': String(timestamp),
		};
	}

	/**
	 * Delivers an interaction to an HTTP interactions endpoint, as Discord does when an app has an
	 * Interactions Endpoint URL: a signed POST, whose JSON response is then taken as the interaction's
	 * callback (recorded like POST /interactions/{id}/{token}/callback, so the same checks apply).
	 * Webhook requests for the interaction wait until that response has been taken.
	 */
	async postInteraction(
		url: string,
		input: InteractionInput,
	): Promise<{ id: string; token: string; status: number; callback: RecordedRequest | undefined }> {
		const { id, token, payload } = this.createInteraction(input);
		let taken = () => {};
		this.httpPending.set(
			token,
			new Promise<void>((resolve) => {
				taken = resolve;
			}),
		);
		try {
			const body = JSON.stringify(payload);
			const response = await fetch(url, {
				method: 'POST',
				headers: { 'content-type': 'application/json', ...this.sign(body) },
				body,
			});
			const text = await response.text();
			if (response.status !== 200) return { id, token, status: response.status, callback: undefined };
			const record: RecordedRequest = {
				method: 'POST',
				path: `/interactions/${id}/${token}/callback`,
				query: new URLSearchParams(),
				body: JSON.parse(text) as unknown,
				files: [],
				status: 0,
			};
			try {
				record.status = this.interactionCallback(id, token, record).status;
			} catch (error) {
				if (!(error instanceof HttpError)) throw error;
				record.status = error.status;
			}
			this.requests.push(record);
			this.events.emit('request', record);
			return { id, token, status: response.status, callback: record };
		} finally {
			taken();
			this.httpPending.delete(token);
		}
	}

	/** Builds a complete interaction payload and starts tracking it (its callback, webhook and messages). */
	createInteraction(input: InteractionInput): { id: string; token: string; payload: Record<string, unknown> } {
		const id = snowflake();
		// Real interaction tokens are base64 of 'interaction:<id>:<secret>'.
		const token = Buffer.from(`interaction:${id}:${randomBytes(48).toString('base64url')}`).toString('base64url');
		const inGuild = input.guild !== false;
		const guild = inGuild ? (this.guilds.find((g) => g.id === (input.guildId ?? this.guildId)) ?? null) : null;
		if (inGuild && !guild) throw new Error(`Unknown guild ${input.guildId}`);
		const base = input.user?.id ? fakeUser(input.user.id) : this.defaultUser;
		const user: APIUser = { ...base, ...input.user };
		const channel = guild ? { ...guild.channel, permissions: input.permissions ?? '0' } : this.dmChannel(user);
		const channelId = channel.id;
		const owners: Record<string, string> = { '0': guild?.id ?? '0' };

		const data: Record<string, unknown> = { ...input.data };
		const isCommand =
			input.type === InteractionType.ApplicationCommand ||
			input.type === InteractionType.ApplicationCommandAutocomplete;
		if (isCommand) {
			data.id ??= snowflake();
			data.type ??= ApplicationCommandType.ChatInput;
		}
		// Discord only ever resolves messages from the channel the interaction happens in.
		const resolved = asRecord(data.resolved);
		if (resolved.messages) {
			const messages = Object.entries(asRecord(resolved.messages)).map(([key, m]) => [
				key,
				{ ...asRecord(m), channel_id: channelId },
			]);
			data.resolved = { ...resolved, messages: Object.fromEntries(messages) };
		}
		let componentMessage: APIMessage | null = null;
		if (input.message) {
			componentMessage = { ...input.message, channel_id: channelId };
		} else if (input.type === InteractionType.MessageComponent) {
			componentMessage = fakeMessage({ content: '', author: this.botUser, channelId });
		}

		const payload: Record<string, unknown> = {
			id,
			application_id: this.applicationId,
			type: input.type,
			data,
			channel_id: channelId,
			channel,
			token,
			version: 1,
			app_permissions: APP_PERMISSIONS,
			locale: input.locale ?? Locale.EnglishUS,
			entitlements: [],
			authorizing_integration_owners: owners,
			context: guild ? InteractionContextType.Guild : InteractionContextType.BotDM,
			attachment_size_limit: 10 * 1024 * 1024,
		};
		if (guild) {
			payload.guild_id = guild.id;
			payload.guild_locale = Locale.EnglishUS;
			payload.guild = { id: guild.id, locale: Locale.EnglishUS, features: [] };
			payload.member = {
				...this.member(user, input.roles ?? []),
				permissions: input.permissions ?? '0',
			};
		} else {
			payload.user = user;
		}
		if (componentMessage) payload.message = componentMessage;

		this.interactions.set(token, {
			id,
			token,
			type: input.type,
			commandType: isCommand ? Number(data.type) : null,
			createdAt: performance.now(),
			channelId,
			user,
			owners,
			componentMessage,
			response: null,
			original: null,
			followups: new Map(),
		});
		return { id, token, payload };
	}

	/** Dispatches an interaction and waits for its callback POST /interactions/{id}/{token}/callback. */
	async interact(
		input: InteractionInput,
		timeoutMs = patienceMs,
	): Promise<{ id: string; token: string; callback: RecordedRequest }> {
		const { id, token } = this.dispatchInteraction(input);
		const callback = await this.waitForRequest(
			{ method: 'POST', path: `/interactions/${id}/${token}/callback` },
			{ timeoutMs },
		);
		return { id, token, callback };
	}

	/** An interaction's follow-up messages, in the order they were sent. */
	followupMessages(token: string): APIMessage[] {
		return [...(this.interactions.get(token)?.followups.values() ?? [])];
	}

	/** The current state of an interaction's original response, as GET .../messages/@original would return it. */
	originalMessage(token: string): APIMessage | null {
		return this.interactions.get(token)?.original ?? null;
	}

	/**
	 * Closes the client's socket with 4000 (a resumable code), as Discord does when it drops a session's connection;
	 * dispatches are buffered until the client RESUMEs.
	 */
	dropConnection(shard = 0): void {
		const session = this.sessions.get(shard);
		const socket = session?.socket;
		if (!session || !socket) throw new Error(`No client is connected to the gateway on shard ${shard}`);
		session.socket = null;
		socket.close(GatewayCloseCodes.UnknownError, 'Unknown error');
	}

	/** Messages the bot has posted in a channel through REST, oldest first. */
	channelMessages(channelId = this.channelId): APIMessage[] {
		return [...(this.posted.get(channelId) ?? [])];
	}

	/** The role Discord gives the bot in a guild, for permission overwrites aimed at it. */
	botRoleId(guildId = this.guildId): string {
		const guild = this.guilds.find((g) => g.id === guildId);
		if (!guild) throw new Error(`No guild ${guildId}`);
		return guild.botRole.id;
	}

	/** Adds a text channel to a guild, as an admin would (CHANNEL_CREATE to a connected client). */
	addChannel(name: string, overwrites: APIOverwrite[] = [], guildId = this.guildId): APITextChannel {
		const guild = this.guilds.find((g) => g.id === guildId);
		if (!guild) throw new Error(`No guild ${guildId}`);
		const channel = textChannel(guild.id, name, overwrites);
		guild.channels.push(channel);
		if (this.sessions.size > 0) this.dispatch(GatewayDispatchEvents.ChannelCreate, channel);
		return channel;
	}

	/** Replaces a channel's permission overwrites (CHANNEL_UPDATE). */
	setOverwrites(channelId: string, overwrites: APIOverwrite[]): void {
		const found = this.guildChannel(channelId);
		if (!found) throw new Error(`No channel ${channelId}`);
		found.channel.permission_overwrites = overwrites;
		if (this.sessions.size > 0) this.dispatch(GatewayDispatchEvents.ChannelUpdate, found.channel);
	}

	/** Deletes a channel (CHANNEL_DELETE): posts to it then fail with Unknown Channel. */
	deleteChannel(channelId: string): void {
		const found = this.guildChannel(channelId);
		if (!found) throw new Error(`No channel ${channelId}`);
		found.guild.channels = found.guild.channels.filter((channel) => channel.id !== channelId);
		if (this.sessions.size > 0) this.dispatch(GatewayDispatchEvents.ChannelDelete, found.channel);
	}

	/** The next `times` requests that match are answered with `status` and `body` instead of being handled. */
	failRequests(match: RequestMatch, status: number, body: { message: string; code: number }, times = 1): void {
		this.faults.push({ ...match, times, reply: { status, body } });
	}

	/**
	 * The next request that matches is handled (a message is created) but its response never arrives:
	 * `held` resolves when it has taken effect; `release()` drops the connection.
	 */
	holdResponse(match: RequestMatch): { held: Promise<RecordedRequest>; release(): void } {
		const gate = this.gate();
		this.faults.push({ ...match, times: 1, hold: { release: gate.released, onHeld: gate.onHeld } });
		return { held: gate.held, release: gate.release };
	}

	/**
	 * The next request that matches waits, unhandled, until `release()`, and is then handled and
	 * answered as usual: `held` resolves when it arrives. A way to hold a client at a known step.
	 */
	delayResponse(match: RequestMatch): { held: Promise<RecordedRequest>; release(): void } {
		const gate = this.gate();
		this.faults.push({ ...match, times: 1, delay: { until: gate.released, onHeld: gate.onHeld } });
		return { held: gate.held, release: gate.release };
	}

	/** A request held at the door: `held` once it arrives, `released` once the test lets it go (or the fake closes). */
	private gate() {
		let release = () => {};
		let onHeld: (request: RecordedRequest) => void = () => {};
		const held = new Promise<RecordedRequest>((resolve) => {
			onHeld = resolve;
		});
		const released = new Promise<void>((resolve) => {
			release = resolve;
		});
		this.releases.push(release);
		return { held, onHeld, released, release };
	}

	/** Destroy the client first: a client that loses the fake reconnects in a loop. */
	async close(): Promise<void> {
		for (const release of this.releases) release();
		if (this.closed) return;
		this.closed = true;
		for (const socket of this.sockets) socket.terminate();
		await new Promise<void>((resolve) => this.wss.close(() => resolve()));
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	private waitForEvent(event: string, timeoutMs: number): Promise<void> {
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				this.events.off(event, done);
				reject(new Error(`No gateway ${event} within ${timeoutMs} ms`));
			}, timeoutMs);
			const done = () => {
				clearTimeout(timer);
				resolve();
			};
			this.events.once(event, done);
		});
	}

	// ----- objects -----------------------------------------------------------------------------------------------

	private role(id: string, name: string, permissions: string, position: number, tags?: APIRole['tags']): APIRole {
		return {
			id,
			name,
			color: 0,
			colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
			hoist: false,
			icon: null,
			unicode_emoji: null,
			position,
			permissions,
			managed: tags !== undefined,
			mentionable: false,
			flags: 0 as RoleFlags,
			...(tags ? { tags } : {}),
		};
	}

	private member(user: APIUser, roles: string[]): APIGuildMember {
		return {
			user,
			nick: null,
			avatar: null,
			banner: null,
			roles,
			joined_at: new Date(Date.now() - 86_400_000).toISOString(),
			premium_since: null,
			deaf: false,
			mute: false,
			flags: 0 as GuildMemberFlags,
			pending: false,
			communication_disabled_until: null,
		};
	}

	private dmChannel(user: APIUser): APIChannel {
		let channel = this.dmChannels.get(user.id);
		if (!channel) {
			channel = { id: snowflake(), type: ChannelType.DM, name: null, recipients: [user], last_message_id: null };
			this.dmChannels.set(user.id, channel);
		}
		return channel;
	}

	private guildCreate(guild: FakeGuild): GatewayGuildCreateDispatchData {
		return {
			id: guild.id,
			name: `Test Guild ${guild.id.slice(-4)}`,
			icon: null,
			splash: null,
			discovery_splash: null,
			banner: null,
			description: null,
			owner_id: this.ownerId,
			afk_channel_id: null,
			afk_timeout: 300,
			verification_level: 0,
			default_message_notifications: 1,
			explicit_content_filter: 0,
			mfa_level: 0,
			nsfw_level: 0,
			application_id: null,
			system_channel_id: guild.channel.id,
			system_channel_flags: 0 as GuildSystemChannelFlags,
			rules_channel_id: null,
			public_updates_channel_id: null,
			safety_alerts_channel_id: null,
			vanity_url_code: null,
			premium_tier: 0,
			premium_subscription_count: 0,
			premium_progress_bar_enabled: false,
			preferred_locale: Locale.EnglishUS,
			hub_type: null,
			max_members: 500_000,
			max_video_channel_users: 25,
			max_stage_video_channel_users: 50,
			features: [],
			roles: [this.role(guild.id, '@everyone', EVERYONE_PERMISSIONS, 0), guild.botRole],
			emojis: [],
			stickers: [],
			incidents_data: null,
			joined_at: new Date().toISOString(),
			large: false,
			unavailable: false,
			member_count: 2,
			voice_states: [],
			members: [this.member(this.botUser, [guild.botRole.id])],
			channels: guild.channels,
			threads: [],
			presences: [],
			stage_instances: [],
			guild_scheduled_events: [],
			soundboard_sounds: [],
		};
	}

	/** A message the bot authors, either through an interaction's webhook or in a channel. */
	private botMessage(channelId: string, type: MessageType, interaction: InteractionState | null): APIMessage {
		const message: APIMessage = {
			...fakeMessage({ content: '', author: this.botUser, channelId }),
			type,
		};
		if (interaction) {
			message.webhook_id = this.applicationId;
			message.application_id = this.applicationId;
			message.interaction_metadata = {
				id: interaction.id,
				type: interaction.type,
				user: interaction.user,
				authorizing_integration_owners: interaction.owners,
			} as APIMessage['interaction_metadata'];
		}
		return message;
	}

	/** Applies a create or edit body to a message, the way Discord merges only the fields that were sent. */
	private applyBody(
		message: APIMessage,
		body: Record<string, unknown>,
		files: RecordedFile[],
		allowEphemeral: boolean,
	): APIMessage {
		const next: APIMessage = structuredClone(message);
		if (typeof body.content === 'string') next.content = body.content;
		else if (body.content === null) next.content = '';
		if (Array.isArray(body.embeds)) {
			next.embeds = (body.embeds as APIEmbed[]).map((embed) => ({ type: 'rich', ...embed }) as APIEmbed);
		}
		if (Array.isArray(body.components)) next.components = body.components as APIMessage['components'];
		if (typeof body.tts === 'boolean') next.tts = body.tts;
		if (body.poll) next.poll = body.poll as APIMessage['poll'];
		if (typeof body.flags === 'number') {
			const settable =
				MessageFlags.SuppressEmbeds |
				MessageFlags.SuppressNotifications |
				MessageFlags.IsComponentsV2 |
				(allowEphemeral ? MessageFlags.Ephemeral : 0);
			const kept = (next.flags ?? 0) & (MessageFlags.Ephemeral | MessageFlags.Loading);
			next.flags = kept | (body.flags & settable);
		}
		if (Array.isArray(body.attachments) || files.length > 0) {
			const keep = Array.isArray(body.attachments)
				? new Set(body.attachments.map((a) => String(asRecord(a).id)))
				: null;
			const existing = keep ? next.attachments.filter((attachment) => keep.has(attachment.id)) : next.attachments;
			const uploaded = files.map((file): APIAttachment => {
				const id = snowflake();
				const name = encodeURIComponent(file.name);
				const url = `https://cdn.discordapp.com/attachments/${next.channel_id}/${id}/${name}`;
				return { id, filename: file.name, size: file.size, url, proxy_url: url, content_type: file.contentType };
			});
			next.attachments = [...existing, ...uploaded];
		}
		return next;
	}

	// ----- gateway -----------------------------------------------------------------------------------------------

	private onConnection(socket: WebSocket, request: IncomingMessage): void {
		this.sockets.add(socket);
		socket.on('close', () => {
			this.sockets.delete(socket);
			for (const session of this.sessions.values()) if (session.socket === socket) session.socket = null;
		});
		socket.on('error', () => socket.terminate());
		const params = new URL(request.url ?? '/', this.gatewayUrl).searchParams;
		if (params.get('v') !== '10') {
			socket.close(GatewayCloseCodes.InvalidAPIVersion, 'Invalid API version');
			return;
		}
		// Requested compression (zlib-stream or identify) is ignored: @discordjs/ws reads text frames as plain JSON.
		if ((params.get('encoding') ?? 'json') !== 'json') {
			socket.close(GatewayCloseCodes.DecodeError, 'Only the json encoding is supported');
			return;
		}
		socket.on('message', (raw, isBinary) => this.onGatewayMessage(socket, raw.toString(), isBinary));
		socket.send(JSON.stringify({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: 41_250 } }));
	}

	private onGatewayMessage(socket: WebSocket, raw: string, isBinary: boolean): void {
		let payload: { op?: unknown; d?: unknown };
		try {
			payload = asRecord(isBinary ? undefined : JSON.parse(raw));
		} catch {
			payload = {};
		}
		const d = asRecord(payload.d);
		const token = typeof d.token === 'string' ? d.token.replace(/^Bot\s+/i, '') : '';
		switch (payload.op) {
			case GatewayOpcodes.Heartbeat:
				socket.send(JSON.stringify({ op: GatewayOpcodes.HeartbeatAck }));
				return;
			case GatewayOpcodes.Identify: {
				if (this.authenticated.has(socket)) {
					socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated');
					return;
				}
				if (token !== this.token) {
					socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed');
					return;
				}
				const shard = d.shard ?? [0, 1];
				const valid =
					Array.isArray(shard) &&
					shard.length === 2 &&
					shard.every((n) => Number.isInteger(n) && n >= 0) &&
					shard[0] < shard[1];
				if (!valid) {
					socket.close(GatewayCloseCodes.InvalidShard, 'Invalid shard');
					return;
				}
				const running = [...this.sessions.values()][0]?.shard[1];
				// Every shard of a bot identifies with the same count; a different one needs the others gone first.
				if (running !== undefined && running !== shard[1] && [...this.sessions.values()].some((x) => x.socket)) {
					socket.close(GatewayCloseCodes.ShardingRequired, 'Shard count differs from the running shards');
					return;
				}
				if (running !== undefined && running !== shard[1]) this.sessions.clear();
				this.identify(socket, Number(d.intents ?? 0), shard as [number, number]);
				return;
			}
			case GatewayOpcodes.Resume:
				this.resume(socket, token, d);
				return;
			case GatewayOpcodes.PresenceUpdate:
			case GatewayOpcodes.VoiceStateUpdate:
			case GatewayOpcodes.RequestGuildMembers:
				if (!this.authenticated.has(socket)) socket.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated');
				return;
			default:
				if (payload.op === undefined) socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload');
				else socket.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode');
		}
	}

	private identify(socket: WebSocket, intents: number, shard: [number, number]): void {
		// A new identify starts a new session for its shard; a previous client's socket stops receiving dispatches.
		const session: GatewaySession = { id: randomBytes(16).toString('hex'), shard, seq: 0, sent: [], socket };
		this.sessions.set(shard[0], session);
		this.authenticated.add(socket);
		this.identifies++;
		this.identifiesByShard.set(shard[0], (this.identifiesByShard.get(shard[0]) ?? 0) + 1);
		const guilds = this.guilds.filter((guild) => shardOf(guild.id, shard[1]) === shard[0]);
		const ready: GatewayReadyDispatchData = {
			v: 10,
			user: { ...this.botUser, verified: true, mfa_enabled: false, email: null },
			guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
			session_id: session.id,
			resume_gateway_url: this.gatewayUrl,
			shard,
			application: { id: this.applicationId, flags: 0 as ApplicationFlags, flags_new: '0' },
		};
		this.dispatchTo(session, GatewayDispatchEvents.Ready, { ...ready, session_type: 'normal', private_channels: [] });
		// Without the Guilds intent Discord sends no GUILD_CREATE (and discord.js then waits out its guild timeout).
		if ((intents & GatewayIntentBits.Guilds) !== 0) {
			for (const guild of guilds) this.dispatchTo(session, GatewayDispatchEvents.GuildCreate, this.guildCreate(guild));
		}
		this.events.emit('ready');
	}

	private resume(socket: WebSocket, token: string, d: Record<string, unknown>): void {
		const session = [...this.sessions.values()].find((candidate) => candidate.id === d.session_id);
		if (token !== this.token || !session || typeof d.seq !== 'number' || d.seq > session.seq) {
			socket.send(JSON.stringify({ op: GatewayOpcodes.InvalidSession, d: false }));
			return;
		}
		if (session.socket && session.socket !== socket) session.socket.close(GatewayCloseCodes.SessionTimedOut);
		const seq = d.seq;
		session.socket = socket;
		this.authenticated.add(socket);
		this.resumes++;
		this.resumesByShard.set(session.shard[0], (this.resumesByShard.get(session.shard[0]) ?? 0) + 1);
		for (const payload of session.sent) if (payload.s > seq) socket.send(JSON.stringify(payload));
		this.dispatchTo(session, GatewayDispatchEvents.Resumed, {});
		this.events.emit('resumed');
	}

	// ----- REST --------------------------------------------------------------------------------------------------

	private async onHttpRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const url = new URL(request.url ?? '/', this.apiUrl);
		const prefix = '/api/v10';
		const versioned = url.pathname.startsWith(`${prefix}/`);
		const path = versioned ? url.pathname.slice(prefix.length).split('/').map(decodeSegment).join('/') : url.pathname;
		const record: RecordedRequest = {
			method: request.method ?? 'GET',
			path,
			query: url.searchParams,
			body: undefined,
			files: [],
			status: 0,
		};
		let reply: Reply;
		// A webhook call for an interaction answered over HTTP waits for that answer to be taken, as on Discord.
		const pending = /^\/webhooks\/\d+\/([^/]+)/.exec(path)?.[1];
		if (pending) await this.httpPending.get(pending);
		try {
			try {
				Object.assign(record, await parseBody(await readBody(request), request.headers['content-type'] ?? ''));
			} catch {
				throw new HttpError(400, { message: 'The request body contains invalid JSON.', code: 50109 });
			}
			const fault = this.takeFault(record);
			if (fault?.delay) {
				fault.delay.onHeld(record);
				await fault.delay.until;
			}
			if (fault?.reply) reply = fault.reply;
			else reply = versioned ? this.route(record, request.headers.authorization) : this.unroutedReply(record);
			if (fault?.hold) {
				record.status = reply.status;
				this.requests.push(record);
				this.events.emit('request', record);
				fault.hold.onHeld(record);
				// The request took effect; its response is lost (the connection drops when released).
				await fault.hold.release;
				response.destroy();
				return;
			}
		} catch (error) {
			if (error instanceof HttpError) reply = { status: error.status, body: error.body };
			else {
				console.error('FakeDiscord failed to handle', record.method, record.path, error);
				reply = { status: 500, body: { message: '500: Internal Server Error', code: 0 } };
			}
		}
		record.status = reply.status;
		this.requests.push(record);
		this.events.emit('request', record);
		if (reply.body === undefined) {
			response.writeHead(reply.status).end();
		} else {
			response.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
		}
	}

	private takeFault(record: RecordedRequest): Fault | undefined {
		const fault = this.faults.find((f) => f.times > 0 && f.method === record.method && f.path.test(record.path));
		if (fault) fault.times--;
		return fault;
	}

	private unroutedReply(record: RecordedRequest): Reply {
		this.unrouted.push(record);
		return { status: 404, body: { message: '404: Not Found', code: 0 } };
	}

	private route(record: RecordedRequest, authorization: string | undefined): Reply {
		for (const route of this.routes) {
			const match = route.pattern.exec(record.path);
			if (!match || !route.methods.includes(record.method)) continue;
			// A wrong token is refused everywhere; a missing one only where Discord needs it.
			if (authorization !== undefined ? authorization !== `Bot ${this.token}` : route.auth) {
				throw new HttpError(401, { message: '401: Unauthorized', code: 0 });
			}
			return route.handle(match.groups ?? {}, record);
		}
		return this.unroutedReply(record);
	}

	private buildRoutes(): Route[] {
		const app = '(?<app>\\d+)';
		const token = '(?<token>[^/]+)';
		const r = (methods: string[], pattern: string, auth: boolean, handle: Route['handle']): Route => ({
			methods,
			pattern: new RegExp(`^${pattern}$`),
			auth,
			handle,
		});
		return [
			r(['GET'], '/gateway', false, () => ok({ url: this.gatewayUrl })),
			r(['GET'], '/gateway/bot', true, () =>
				ok({
					url: this.gatewayUrl,
					shards: this.recommendedShards,
					session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: this.maxConcurrency },
				}),
			),
			r(['GET'], '/users/@me', true, () => ok({ ...this.botUser, verified: true, mfa_enabled: false, email: null })),
			r(['GET'], '/applications/@me', true, () => ok(this.application())),
			r(['GET', 'PUT'], `/applications/${app}/commands`, true, (params, request) =>
				this.commandsRoute(params.app, null, request),
			),
			r(['GET', 'PUT'], `/applications/${app}/guilds/(?<guild>\\d+)/commands`, true, (params, request) =>
				this.commandsRoute(params.app, params.guild ?? null, request),
			),
			r(['POST'], '/channels/(?<channel>\\d+)/messages', true, (params, request) =>
				this.createChannelMessage(params.channel ?? '', request),
			),
			r(['GET'], '/channels/(?<channel>\\d+)', true, (params) => {
				const found = this.guildChannel(params.channel ?? '');
				if (!found) throw notFound('Channel', 10003);
				if ((this.botPermissionsIn(found.guild, found.channel) & PermissionFlagsBits.ViewChannel) === 0n) {
					throw new HttpError(403, { message: 'Missing Access', code: 50001 });
				}
				return ok(found.channel);
			}),
			r(['GET'], '/guilds/(?<guild>\\d+)/roles', true, (params) => {
				const guild = this.guilds.find((g) => g.id === params.guild);
				if (!guild) throw notFound('Guild', 10004);
				return ok([this.role(guild.id, '@everyone', EVERYONE_PERMISSIONS, 0), guild.botRole]);
			}),
			r(['GET'], '/guilds/(?<guild>\\d+)/members/(?<user>\\d+)', true, (params) => {
				const guild = this.guilds.find((g) => g.id === params.guild);
				if (!guild) throw notFound('Guild', 10004);
				if (params.user !== this.botUser.id) throw notFound('Member', 10007);
				return ok(this.member(this.botUser, [guild.botRole.id]));
			}),
			r(['GET'], '/channels/(?<channel>\\d+)/messages', true, (params, request) =>
				this.listChannelMessages(params.channel ?? '', request),
			),
			r(['POST'], `/interactions/(?<id>\\d+)/${token}/callback`, false, (params, request) =>
				this.interactionCallback(params.id ?? '', params.token ?? '', request),
			),
			r(['POST'], `/webhooks/${app}/${token}`, false, (params, request) =>
				this.createFollowup(this.webhookInteraction(params.app, params.token), request),
			),
			r(
				['GET', 'PATCH', 'DELETE'],
				`/webhooks/${app}/${token}/messages/(?<message>@original|\\d+)`,
				false,
				(params, request) =>
					this.webhookMessage(this.webhookInteraction(params.app, params.token), params.message ?? '', request),
			),
		];
	}

	private application(): Partial<APIApplication> {
		return {
			id: this.applicationId,
			name: this.botUser.username,
			icon: null,
			description: '',
			summary: '',
			bot_public: true,
			bot_require_code_grant: false,
			verify_key: randomBytes(32).toString('hex'),
			flags: 0 as ApplicationFlags,
			team: null,
			owner: fakeUser(this.ownerId, { username: 'owner' }),
			bot: this.botUser,
			approximate_guild_count: this.guilds.length,
			redirect_uris: [],
			interactions_endpoint_url: null,
		};
	}

	private commandsRoute(appId: string | undefined, guildId: string | null, request: RecordedRequest): Reply {
		if (appId !== this.applicationId) throw new HttpError(403, { message: 'Missing Access', code: 50001 });
		if (guildId !== null && !this.guildIds.includes(guildId)) {
			throw new HttpError(403, { message: 'Missing Access', code: 50001 });
		}
		const scope = guildId ?? 'global';
		if (request.method === 'GET') return ok(this.commands.get(scope) ?? []);
		const previous = this.commands.get(scope) ?? [];
		const registered = checkCommands(request.body).map((command) => {
			const type = Number(command.type ?? ApplicationCommandType.ChatInput);
			// Overwriting keeps the ids of commands that already existed under the same name and type.
			const existing = previous.find((p) => p.name === command.name && p.type === type);
			return {
				default_member_permissions: null,
				nsfw: false,
				contexts: null,
				integration_types: [0],
				name_localizations: null,
				description_localizations: null,
				...command,
				id: existing?.id ?? snowflake(),
				application_id: this.applicationId,
				...(guildId ? { guild_id: guildId } : {}),
				type,
				description: typeof command.description === 'string' ? command.description : '',
				version: snowflake(),
			} as APIApplicationCommand;
		});
		this.commands.set(scope, registered);
		return ok(registered);
	}

	private createChannelMessage(channelId: string, request: RecordedRequest): Reply {
		const found = this.guildChannel(channelId);
		const isDm = [...this.dmChannels.values()].some((channel) => channel.id === channelId);
		if (!found && !isDm) throw notFound('Channel', 10003);
		const body = asRecord(request.body);
		if (found) {
			const allowed = this.botPermissionsIn(found.guild, found.channel);
			const needs = (flag: bigint) => (allowed & flag) === flag;
			if (!needs(PermissionFlagsBits.ViewChannel)) throw new HttpError(403, { message: 'Missing Access', code: 50001 });
			const embeds = Array.isArray(body.embeds) && body.embeds.length > 0;
			if (!needs(PermissionFlagsBits.SendMessages) || (embeds && !needs(PermissionFlagsBits.EmbedLinks))) {
				throw new HttpError(403, { message: 'Missing Permissions', code: 50013 });
			}
		}
		const nonce = body.nonce;
		if (nonce !== undefined) {
			const errors = new FormErrors();
			errors.length(['nonce'], String(nonce), 1, 25);
			errors.throwIfAny();
			const earlier = this.nonces.get(`${channelId}:${nonce}`);
			// With enforce_nonce, a nonce seen within the window returns the first message instead of a second one.
			if (body.enforce_nonce === true && earlier && Date.now() - earlier.at < NONCE_WINDOW_MS)
				return ok(earlier.message);
		}
		const type = body.message_reference ? MessageType.Reply : MessageType.Default;
		const message = this.applyBody(this.botMessage(channelId, type, null), body, request.files, false);
		checkMessage(message, []);
		if (nonce !== undefined) {
			message.nonce = nonce as string | number;
			this.nonces.set(`${channelId}:${nonce}`, { message, at: Date.now() });
		}
		this.posted.set(channelId, [...(this.posted.get(channelId) ?? []), message]);
		return ok(message);
	}

	/** GET /channels/{id}/messages with `after` (oldest window first, returned newest first) or the latest. */
	private listChannelMessages(channelId: string, request: RecordedRequest): Reply {
		const found = this.guildChannel(channelId);
		if (!found) throw notFound('Channel', 10003);
		const allowed = this.botPermissionsIn(found.guild, found.channel);
		if ((allowed & PermissionFlagsBits.ViewChannel) === 0n)
			throw new HttpError(403, { message: 'Missing Access', code: 50001 });
		// Without Read Message History Discord answers with no messages rather than an error.
		if ((allowed & PermissionFlagsBits.ReadMessageHistory) === 0n) return ok([]);
		const limit = Math.min(100, Math.max(1, Number(request.query.get('limit') ?? 50)));
		const after = request.query.get('after');
		// REST message objects carry no nonce: that is only in the create response and the gateway event.
		const all = (this.posted.get(channelId) ?? []).map(({ nonce: _nonce, ...message }) => message);
		const window = after ? all.filter((m) => BigInt(m.id) > BigInt(after)).slice(0, limit) : all.slice(-limit);
		return ok(window.reverse());
	}

	private guildChannel(channelId: string): { guild: FakeGuild; channel: APITextChannel } | undefined {
		for (const guild of this.guilds) {
			const channel = guild.channels.find((c) => c.id === channelId);
			if (channel) return { guild, channel };
		}
		return undefined;
	}

	/** The bot's permissions in a channel, computed as Discord does: roles, then @everyone, role and member overwrites. */
	private botPermissionsIn(guild: FakeGuild, channel: APITextChannel): bigint {
		let allowed = BigInt(EVERYONE_PERMISSIONS) | BigInt(guild.botRole.permissions);
		if ((allowed & PermissionFlagsBits.Administrator) !== 0n) return ~0n;
		const overwrites = channel.permission_overwrites ?? [];
		const apply = (list: APIOverwrite[]) => {
			const deny = list.reduce((bits, o) => bits | BigInt(o.deny), 0n);
			const allow = list.reduce((bits, o) => bits | BigInt(o.allow), 0n);
			allowed = (allowed & ~deny) | allow;
		};
		apply(overwrites.filter((o) => o.id === guild.id));
		apply(overwrites.filter((o) => o.type === OverwriteType.Role && o.id === guild.botRole.id));
		apply(overwrites.filter((o) => o.type === OverwriteType.Member && o.id === this.botUser.id));
		return allowed;
	}

	private interactionCallback(id: string, token: string, request: RecordedRequest): Reply {
		const state = this.interactions.get(token);
		if (state?.id !== id) throw notFound('interaction', 10062);
		const late = this.responseDeadlineMs > 0 && performance.now() - state.createdAt > this.responseDeadlineMs;
		if (late && state.response === null) throw notFound('interaction', 10062);
		if (state.response !== null) {
			throw new HttpError(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
		}
		const body = asRecord(request.body);
		const type = Number(body.type) as InteractionResponseType;
		const data = asRecord(body.data);
		const allowed = ALLOWED_CALLBACKS[state.type] ?? [];
		const updatesMessage =
			type === InteractionResponseType.DeferredMessageUpdate || type === InteractionResponseType.UpdateMessage;
		if (!allowed.includes(type) || (updatesMessage && !state.componentMessage)) {
			throw new HttpError(400, {
				message: 'Invalid Form Body',
				code: 50035,
				errors: {
					type: {
						_errors: [{ code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: 'Invalid interaction response type' }],
					},
				},
			});
		}

		let message: APIMessage | null = null;
		switch (type) {
			case InteractionResponseType.ChannelMessageWithSource:
				message = this.applyBody(this.interactionMessage(state), data, request.files, true);
				checkMessage(message, ['data']);
				break;
			case InteractionResponseType.DeferredChannelMessageWithSource:
				// The "thinking…" placeholder: empty, loading, and ephemeral if the deferral asked for it.
				message = this.interactionMessage(state);
				message.flags = ((Number(data.flags) || 0) & MessageFlags.Ephemeral) | MessageFlags.Loading;
				break;
			case InteractionResponseType.DeferredMessageUpdate:
				message = state.componentMessage;
				break;
			case InteractionResponseType.UpdateMessage:
				if (state.componentMessage) {
					message = this.applyBody(state.componentMessage, data, request.files, false);
					message.edited_timestamp = new Date().toISOString();
					checkMessage(message, ['data']);
				}
				break;
			case InteractionResponseType.ApplicationCommandAutocompleteResult:
				checkAutocomplete(data);
				break;
			case InteractionResponseType.Modal:
				checkModal(data);
				break;
		}
		state.response = type;
		state.original = message;
		if (request.query.get('with_response') !== 'true') return noContent;
		const ephemeral = ((message?.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
		return ok({
			interaction: {
				id: state.id,
				type: state.type,
				response_message_id: message?.id,
				response_message_loading: type === InteractionResponseType.DeferredChannelMessageWithSource,
				response_message_ephemeral: ephemeral,
			},
			...(message ? { resource: { type, message } } : {}),
		});
	}

	/** A new message answering an interaction: typed as a command reply for commands, as a plain message otherwise. */
	private interactionMessage(state: InteractionState): APIMessage {
		let type = MessageType.Default;
		if (state.commandType === ApplicationCommandType.ChatInput) type = MessageType.ChatInputCommand;
		else if (state.commandType !== null) type = MessageType.ContextMenuCommand;
		return this.botMessage(state.channelId, type, state);
	}

	/** An interaction's webhook exists only once the interaction has been acknowledged. */
	private webhookInteraction(appId: string | undefined, token: string | undefined): InteractionState {
		const state = token === undefined ? undefined : this.interactions.get(token);
		if (appId !== this.applicationId || !state || state.response === null) throw notFound('Webhook', 10015);
		return state;
	}

	private createFollowup(state: InteractionState, request: RecordedRequest): Reply {
		const message = this.applyBody(
			this.botMessage(state.channelId, MessageType.Default, state),
			asRecord(request.body),
			request.files,
			true,
		);
		checkMessage(message, []);
		state.followups.set(message.id, message);
		// Without ?wait=true Discord accepts the message but returns nothing.
		return request.query.get('wait') === 'true' ? ok(message) : noContent;
	}

	private webhookMessage(state: InteractionState, messageId: string, request: RecordedRequest): Reply {
		const isOriginal = messageId === '@original' || messageId === state.original?.id;
		const current = isOriginal ? state.original : (state.followups.get(messageId) ?? null);
		if (!current) throw notFound('Message', 10008);
		const store = (message: APIMessage | null) => {
			if (isOriginal) state.original = message;
			else if (message) state.followups.set(message.id, message);
			else state.followups.delete(current.id);
		};
		switch (request.method) {
			case 'GET':
				return ok(current);
			case 'DELETE':
				store(null);
				return noContent;
			default: {
				const wasLoading = ((current.flags ?? 0) & MessageFlags.Loading) !== 0;
				const next = this.applyBody(current, asRecord(request.body), request.files, false);
				// Editing a deferred reply fills the placeholder in; it is not an edit of something the user saw.
				if (wasLoading) next.flags = (next.flags ?? 0) & ~MessageFlags.Loading;
				else next.edited_timestamp = new Date().toISOString();
				checkMessage(next, []);
				store(next);
				return ok(next);
			}
		}
	}
}

function textChannel(guildId: string, name: string, overwrites: APIOverwrite[]): APITextChannel {
	return {
		id: snowflake(),
		type: ChannelType.GuildText,
		guild_id: guildId,
		name,
		position: 0,
		permission_overwrites: overwrites,
		parent_id: null,
		nsfw: false,
		topic: null,
		last_message_id: null,
		last_pin_timestamp: null,
		rate_limit_per_user: 0,
		default_auto_archive_duration: 1440,
		default_thread_rate_limit_per_user: 0,
	};
}
