import { once } from 'node:events';
import net from 'node:net';

/**
 * A TCP relay in front of a real server, which a test can cut (connections dropped, new ones
 * refused, as when the server goes down) and restore on the same port.
 */
export class TcpProxy {
	readonly #sockets = new Set<net.Socket>();
	#server: net.Server | undefined;
	/** While set, bytes go nowhere: a server that stopped answering without closing anything. */
	#stalled = false;

	private constructor(
		readonly port: number,
		private readonly target: { host: string; port: number },
	) {}

	static async start(target: { host: string; port: number }): Promise<TcpProxy> {
		const probe = net.createServer().listen(0, '127.0.0.1');
		await once(probe, 'listening');
		const { port } = probe.address() as net.AddressInfo;
		await new Promise((resolve) => probe.close(resolve));
		const proxy = new TcpProxy(port, target);
		await proxy.restore();
		return proxy;
	}

	async restore(): Promise<void> {
		this.#stalled = false;
		if (this.#server) return;
		const server = net.createServer((client) => {
			const upstream = net.connect(this.target.port, this.target.host);
			for (const socket of [client, upstream]) {
				this.#sockets.add(socket);
				socket.once('close', () => this.#sockets.delete(socket));
				socket.on('error', () => undefined);
			}
			const relay = (from: net.Socket, to: net.Socket) =>
				from.on('data', (chunk: Buffer) => {
					if (!this.#stalled) to.write(chunk);
				});
			relay(client, upstream);
			relay(upstream, client);
			client.once('close', () => upstream.destroy());
			upstream.once('close', () => client.destroy());
		});
		server.listen(this.port, '127.0.0.1');
		await once(server, 'listening');
		this.#server = server;
	}

	stall(): void {
		this.#stalled = true;
	}

	async cut(): Promise<void> {
		const server = this.#server;
		this.#server = undefined;
		for (const socket of this.#sockets) socket.destroy();
		if (server) await new Promise((resolve) => server.close(resolve));
	}
}
