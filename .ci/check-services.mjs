// Fails, in one line, unless the PostgreSQL at TEST_DATABASE_URL and the Redis at TEST_REDIS_URL
// answer: on CI a missing service must stop the run, not show up as skipped suites.
import net from 'node:net';
import pg from 'pg';

const fail = (what, variable, error) => {
	const url = process.env[variable];
	console.error(
		`${what} at ${url} cannot be reached (${error.message || error.code || error}); start it, or fix ${variable}.`,
	);
	process.exit(1);
};

const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
try {
	await client.connect();
	await client.query('SELECT 1');
} catch (error) {
	fail('PostgreSQL', 'TEST_DATABASE_URL', error);
} finally {
	await client.end().catch(() => undefined);
}

const redis = new URL(process.env.TEST_REDIS_URL);
const pong = await new Promise((resolve, reject) => {
	const socket = net.connect(Number(redis.port || 6379), redis.hostname);
	socket.setTimeout(5000, () => socket.destroy(new Error('no answer within 5 s')));
	socket.once('error', reject);
	socket.once('connect', () => socket.write('PING\r\n'));
	socket.once('data', (data) => {
		socket.end();
		resolve(data.toString().trim());
	});
}).catch((error) => fail('Redis', 'TEST_REDIS_URL', error));
if (pong !== '+PONG') fail('Redis', 'TEST_REDIS_URL', new Error(`it answered ${JSON.stringify(pong)} to PING`));
