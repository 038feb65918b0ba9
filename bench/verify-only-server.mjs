// The baseline for the HTTP endpoint's throughput: a minimal node:http server that only verifies
// Discord's Ed25519 signature, as the bot does, and answers every interaction with a constant.
import { createPublicKey, verify } from 'node:crypto';
import { createServer } from 'node:http';

const key = createPublicKey({
	key: Buffer.concat([
		Buffer.from('302a300506032b6570032100', 'hex'),
		Buffer.from(process.env.PUBLIC_KEY ?? '', 'hex'),
	]),
	format: 'der',
	type: 'spki',
});
const reply = JSON.stringify({ type: 4, data: { content: 'ok' } });

createServer((request, response) => {
	const chunks = [];
	request.on('data', (chunk) => chunks.push(chunk));
	request.on('end', () => {
		const body = Buffer.concat(chunks);
		const signature = String(request.headers['x-signature-ed25519'] ?? '');
		const timestamp = String(request.headers['x-signature-timestamp'] ?? '');
		const valid =
			signature.length === 128 &&
			verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, Buffer.from(signature, 'hex'));
		if (!valid) return void response.writeHead(401).end();
		response.writeHead(200, { 'content-type': 'application/json' }).end(reply);
	});
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.error(JSON.stringify({ msg: 'ready' })));
