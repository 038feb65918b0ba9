/** Where signal notices go: the logger once there is one, plain stderr before. */
export type Note = (level: 'debug' | 'info' | 'warn', message: string, details?: Record<string, unknown>) => void;

const stopSignals = ['SIGINT', 'SIGTERM'] as const;
type StopSignal = (typeof stopSignals)[number];

/**
 * The process's signals, handled from the first line of `main`, before anything is loaded or opened.
 *
 * SIGHUP asks for a reload: before the reload handler exists (start-up), it is acknowledged and
 * kept, and runs once the handler is set. SIGINT and SIGTERM stop: the first one starts the
 * shutdown and a grace timer that ends the process however the shutdown goes; repeats (a terminal
 * and a process manager often both send one) are acknowledged and change nothing.
 */
export class ProcessSignals {
	#note: Note;
	#reload: (() => void) | undefined;
	#reloadPending = false;
	#stop: ((signal: StopSignal) => void) | undefined;
	#stopping: StopSignal | undefined;
	readonly #listeners = new Map<NodeJS.Signals, () => void>();

	constructor(
		readonly graceMs: number,
		note: Note = (level, message) => {
			if (level !== 'debug') console.error(`${level === 'warn' ? 'Warning: ' : ''}${message}`);
		},
	) {
		this.#note = note;
		this.#listen('SIGHUP', () => this.#onHangup());
		for (const signal of stopSignals) this.#listen(signal, () => this.#onStop(signal));
	}

	/** Sends later notices through `note` (the logger, once configuration has chosen its level). */
	useNote(note: Note): void {
		this.#note = note;
	}

	/** The signal that asked the process to stop, if one did. */
	get stopping(): StopSignal | undefined {
		return this.#stopping;
	}

	/** Runs `reload` on every SIGHUP from now on, and at once for one that came during start-up. */
	onReload(reload: () => void): void {
		this.#reload = reload;
		if (this.#reloadPending) {
			this.#reloadPending = false;
			this.#note('info', 'reloading the data, as asked during start-up', { signal: 'SIGHUP' });
			reload();
		}
	}

	/** Runs `stop` on the first SIGINT or SIGTERM, or at once if one came before this was set. */
	onStop(stop: (signal: StopSignal) => void): void {
		this.#stop = stop;
		if (this.#stopping) stop(this.#stopping);
	}

	/** Removes the handlers (tests, and a process that ends without being told to). */
	dispose(): void {
		for (const [signal, listener] of this.#listeners) process.off(signal, listener);
		this.#listeners.clear();
	}

	#listen(signal: NodeJS.Signals, listener: () => void): void {
		this.#listeners.set(signal, listener);
		process.on(signal, listener);
	}

	#onHangup(): void {
		if (this.#stopping) return;
		if (this.#reload) {
			this.#reload();
			return;
		}
		this.#reloadPending = true;
		this.#note('info', 'reload requested during start-up; the data will be reloaded once ready', { signal: 'SIGHUP' });
	}

	#onStop(signal: StopSignal): void {
		if (this.#stopping) {
			this.#note('debug', 'already shutting down', { signal });
			return;
		}
		this.#stopping = signal;
		this.#note('info', 'shutting down', { signal });
		const grace = setTimeout(() => {
			this.#note('warn', 'shutdown took too long; exiting', { graceMs: this.graceMs });
			// process.exit waits for threads stuck in the kernel (a blocked read, a slow lookup); a
			// process manager's SIGTERM must end the process whatever it is waiting for.
			process.kill(process.pid, 'SIGKILL');
		}, this.graceMs);
		grace.unref();
		this.#stop?.(signal);
	}
}
