/**
 * A process whose shutdown never finishes, for the test that SIGTERM ends it anyway: it handles
 * signals as `npm start` does, with a short grace period, and says when it is listening.
 */
import { ProcessSignals } from '../../src/signals.js';

const signals = new ProcessSignals(Number(process.env.GRACE_MS ?? 200));
signals.onStop(() => {
	// A shutdown stuck for good: something keeps the process alive and never lets go.
	setInterval(() => undefined, 60_000);
});
setInterval(() => undefined, 60_000);
console.log('listening');
