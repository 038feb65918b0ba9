import { type DestinationStream, type Logger, pino } from 'pino';
import type { Config } from './config.js';

export type { Logger };

/**
 * Structured JSON logs (pino) for whoever runs the bot. Secrets are redacted wherever they would
 * appear: the bot's token, and interaction tokens, which let anyone answer as the bot for 15
 * minutes and sit in the URL (and body) of every failed Discord request's error.
 */
export function createLogger(level: Config['LOG_LEVEL'], destination?: DestinationStream): Logger {
	return pino(
		{
			name: 'sitrep',
			level,
			redact: {
				paths: ['token', '*.token', 'config.DISCORD_TOKEN', '*.headers.authorization', 'err.url', 'err.requestBody'],
				censor: '[redacted]',
			},
		},
		destination ?? pino.destination(2),
	);
}
