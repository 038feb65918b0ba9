import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { commandSet, commands } from '../commands/index.js';

import { parseCommandLine } from '../src/console/parse.js';
import { runConsole } from '../src/console/repl.js';
import { helpText, respond } from '../src/console/respond.js';
import { LiveEngine } from '../src/live-engine.js';
import { runEntry } from './support/cli.js';
import { copyOfData, realEngine } from './support/data.js';

const engine = await realEngine();

describe('console commands', () => {
	it('answers the slash commands as text, with sources', async () => {
		expect(await respond('/leader', engine, commandSet)).toMatch(
			/^Who leads what, according to the report:\n• Alliance of criminal/,
		);
		expect(await respond('/leader coalition: gangs', engine, commandSet)).toMatch(
			/Jimmy Sergier[\s\S]*Sources:\n {2}\[1\] gang-alliance-leader/,
		);
		expect(await respond('/prison', engine, commandSet)).toMatch(/^Pénitencier National: the figures in the report/);
		expect(await respond('/timeline from: 2023', engine, commandSet)).toMatch(/^• February 2023 — /);
		expect(await respond('/ask question: who leads the international force?', engine, commandSet)).toMatch(
			/^Kenya offered to lead/,
		);
	});

	it('answers /fact, /factcheck and /about, and checks a pasted message with /check', async () => {
		expect(await respond('/fact jimmy-sergier', engine, commandSet)).toMatch(/^Jimmy Sergier\n• /);
		expect(await respond('/factcheck prison-occupancy', engine, commandSet)).toMatch(
			/\[1\] prison-occupancy · .* · derived/,
		);
		expect(await respond('/about', engine, commandSet)).toContain(`${engine.base.facts.length} facts`);
		expect(await respond('/check the prison holds 5000 inmates', engine, commandSet)).toMatch(
			/“5000 inmates” differs from the report\. The report gives 3,687/,
		);
		expect(await respond('/check', engine, commandSet)).toBe('Usage: /check <message text>');
	});

	it('takes the first option without its name, and plain text as a question', async () => {
		expect(await respond('/ask who leads the international force?', engine, commandSet)).toMatch(
			/^Kenya offered to lead/,
		);
		expect(await respond('/leader international force', engine, commandSet)).toMatch(/^Kenya offered to lead/);
		expect(await respond('who leads the international force?', engine, commandSet)).toMatch(/^Kenya offered to lead/);
	});

	it('lists the commands on /help, from their definitions', async () => {
		const help = await respond('/help', engine, commandSet);
		for (const { definition } of commands) {
			expect(help).toContain(`/${definition.name}`);
			expect(help).toContain(definition.description);
		}
	});

	it('lists the same commands on /help and in the unknown-command reply, and every one of them works', async () => {
		const help = await respond('/help', engine, commandSet);
		const named = /Commands: (.*)\.$/.exec(await respond('/nope', engine, commandSet))?.[1]?.split(', ') ?? [];
		const listed = [...help.matchAll(/^ {2}(\/\S+)/gm)].map((match) => match[1]);
		expect(listed).toEqual(named);
		expect(named).toEqual(expect.arrayContaining(['/check', '/digest', '/reload', '/quit', '/help']));
		// Each listed command is understood by the console loop: none is answered as unknown.
		const output = new PassThrough();
		let text = '';
		output.on('data', (chunk: Buffer) => {
			text += chunk.toString();
		});
		const live = LiveEngine.of(engine, 'data');
		const lines = named.filter((name) => name !== '/quit').map((name) => `${name} prison`);
		await runConsole({
			live,
			input: Readable.from([`${lines.join('\n')}\n/quit\n/about\n`]),
			output,
			interactive: false,
			commands: commandSet,
		});
		expect(text).not.toContain('Unknown command');
		// /quit ends the console: the /about after it is never answered.
		expect(text).not.toContain('What I know, and how');
	});

	it('shows help for a bare help, aide or èd, rather than answering it as a question', async () => {
		for (const word of ['help', 'Help?', 'aide', 'èd'])
			expect(await respond(word, engine, commandSet)).toBe(helpText(commandSet));
	});

	it('gives /factcheck the moderators’ view: fact ids, quotes, basis and the report’s metadata', async () => {
		const moderators = await respond('/factcheck prison-occupancy', engine, commandSet);
		const members = await respond('/fact prison-occupancy', engine, commandSet);
		expect(moderators).not.toBe(members);
		expect(moderators).toMatch(/\[1\] prison-occupancy · haiti-penitencier-siege, paragraph \d+ · derived\n {6}“/);
		expect(moderators).toMatch(
			/Report haiti-penitencier-siege:\n {2}Headline: .*\n {2}Outlet: .*\n {2}Published: .*\n {2}Language: /,
		);
		expect(await respond('/check the prison holds 5000 inmates', engine, commandSet)).toMatch(
			/\n\nReport haiti-penitencier-siege:\n/,
		);
	});

	it('says on /about when every fact was added on the same day, instead of calling them the latest', async () => {
		const about = await respond('/about', engine, commandSet);
		const days = new Set(engine.base.facts.map((fact) => fact.added));
		expect(days.size).toBe(1);
		expect(about).toContain(`${engine.base.facts.length} facts`);
		expect(about).toContain(`; all added ${[...days][0]}.`);
		expect(about).not.toMatch(/the latest \d+ were added/);
	});

	it('explains unknown commands and missing, repeated or oversized options', async () => {
		expect(await respond('/weather', engine, commandSet)).toBe(
			'Unknown command “/weather”. Commands: /ask, /leader, /prison, /timeline, /fact, /factcheck, /about, /check, /digest, /reload, /help, /quit.',
		);
		expect(await respond('/ask', engine, commandSet)).toBe(
			'Missing option “question”. Usage: /ask question: <question> [hide: …] [mention: …]',
		);
		expect(await respond('/timeline from: 2020 from: 2021', engine, commandSet)).toMatch(
			/^Option “from” is given twice/,
		);
		expect(await respond(`/ask question: ${'why '.repeat(300)}`, engine, commandSet)).toMatch(
			/^“question” can be at most 1000 characters \(got \d+\)\. Usage: \/ask question: <question> \[hide/,
		);
		expect(await respond('/about now', engine, commandSet)).toBe('/about takes no options. Usage: /about');
	});

	it('previews the digest a server would get, and says schedules are set in Discord', async () => {
		const preview = await respond('/digest preview', engine, commandSet);
		expect(preview).toMatch(
			/^Haiti situation digest \(as a first digest in a server\)\n\n—+\n\nPénitencier National: the figures/,
		);
		expect(preview).toContain('Who leads what, according to the report:');
		expect(preview).toContain(
			'The latest events\n• The day before Friday (Thursday, February 29, 2024, from the report’s date)',
		);
		expect(preview).toContain(`“${engine.base.fact('prison-capacity')?.quote}”`);
		expect(await respond('/digest set channel: #news', engine, commandSet)).toBe(
			'Here only `/digest preview` works: digests are scheduled in a Discord server with /digest set.',
		);
	});

	it('reloads the data on /reload, keeping the current data when the files are broken', async () => {
		const copy = await copyOfData();
		const live = await LiveEngine.load(copy.dir);
		await copy.edit<{ facts: Record<string, unknown>[] }>('facts.json', (json) => {
			json.facts.push({ id: 'Not A Slug' });
		});
		const output = new PassThrough();
		let text = '';
		output.on('data', (chunk: Buffer) => {
			text += chunk.toString();
		});
		await runConsole({
			live,
			input: Readable.from(['/reload\n/prison\n']),
			output,
			interactive: false,
			commands: commandSet,
		});
		expect(text).toMatch(
			/^Reload failed: the data has \d+ problems?\. Still answering from the data loaded before\.\n- .*facts\.json: facts\[38\]/,
		);
		expect(text).toContain('Pénitencier National: the figures in the report');
	});

	it('keeps a colon inside a question as text', async () => {
		const parsed = parseCommandLine('/ask question: what happened at 10:30 on Saturday?', commands);
		expect(parsed.ok && parsed.args).toEqual({ question: 'what happened at 10:30 on Saturday?' });
	});
});

describe('npm start without a token', () => {
	it('opens the local console, says so in one line, answers piped input and exits cleanly at its end', async () => {
		const run = runEntry('src/main.ts', [], { input: '/prison\n\nwho leads the gang alliance\n/nope\n' });
		expect(run.status).toBe(0);
		expect(run.stderr.trim().split('\n')).toEqual([
			'No DISCORD_TOKEN set: local console. Type /help, a slash command or a question; Ctrl-D quits.',
		]);
		expect(run.stdout).toMatch(/^Pénitencier National: the figures in the report/);
		expect(run.stdout).toMatch(/does not name the head of the gang alliance outright/);
		expect(run.stdout).toMatch(/Unknown command “\/nope”/);
	});

	it('stops at start-up on bad data, naming the file, the field and the reason', async () => {
		const copy = await copyOfData();
		await copy.edit<{ facts: Record<string, unknown>[] }>('facts.json', (json) => {
			const fact = json.facts.find((f) => f.id === 'prison-population');
			if (fact) fact.paragraph = 99;
		});
		const run = runEntry('src/main.ts', [], { env: { DATA_DIR: copy.dir } });
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(
			/facts\.json: facts\[\d+\]\.paragraph: report haiti-penitencier-siege has only 13 paragraphs/,
		);
		expect(run.stdout).toBe('');
	});

	it('starts over digest and owner settings it does not use, however wrong they are', async () => {
		const run = runEntry('src/main.ts', [], {
			input: '/prison\n',
			env: { DIGEST_GRACE_HOURS: 'soon', BOT_OWNER_IDS: 'me', LOG_LEVEL: 'loud', DATABASE_PATH: '/proc/x/y.db' },
		});
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/^Pénitencier National: the figures in the report/);
	});

	it('names DATA_DIR in one line when it is not a directory, before opening anything', async () => {
		const run = runEntry('src/main.ts', [], { env: { DATA_DIR: '/nonexistent/sitrep-data' } });
		expect(run.status).toBe(1);
		expect(run.stderr.split('\n').slice(0, 2)).toEqual([
			'The configuration has 1 problem:',
			'- DATA_DIR: /nonexistent/sitrep-data is not a directory; point it at the folder that holds reports.json, entities.json and facts.json',
		]);
		expect(run.stdout).toBe('');
	});

	it('lists every configuration problem at once', async () => {
		const run = runEntry('src/main.ts', [], { env: { DISCORD_TOKEN: 'xyzzy-secret', LOG_LEVEL: 'loud' } });
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(
			/The configuration has 3 problems:\n- DISCORD_TOKEN: .*\n- LOG_LEVEL: .*\n- DISCORD_APPLICATION_ID: is required/,
		);
		expect(run.stderr).not.toContain('xyzzy-secret');
	});
});

describe('npm run ask', () => {
	it('answers one question given as arguments, with its sources', async () => {
		const run = runEntry('src/cli/ask.ts', ['prison', 'capacity']);
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/^The Pénitencier National has a nominal capacity of 700 places/);
		expect(run.stdout).toMatch(/Sources:\n {2}\[1\] prison-capacity · haiti-penitencier-siege, paragraph 8 · stated/);
	});

	it('exits 0 with found: false when the report has nothing, and 2 with the usage on bad usage', async () => {
		const miss = runEntry('src/cli/ask.ts', ['--json', 'what is the capital of Australia']);
		expect(miss.status).toBe(0);
		expect(JSON.parse(miss.stdout)).toMatchObject({ found: false, sources: [] });

		const bad = runEntry('src/cli/ask.ts', ['--jsonn']);
		expect(bad.status).toBe(2);
		expect(bad.stderr).toMatch(/Unknown option '--jsonn'[\s\S]*Usage: npm run ask -- \[--json\]/);
	});
});
