import { DiscordAPIError, type REST } from 'discord.js';
import {
	type APIApplication,
	type APIInteraction,
	type APIInteractionResponse,
	RESTJSONErrorCodes,
	Routes,
} from 'discord-api-types/v10';
import { describe } from '../interactions/payload.js';
import { failureText } from '../interactions/pipeline.js';
import type { Later } from '../interactions/types.js';
import type { Logger } from '../logger.js';

/** The response sent over REST, as the gateway transport answers (HTTP answers in its own response). */
export async function sendResponse(
	rest: REST,
	interaction: APIInteraction,
	response: APIInteractionResponse,
	logger: Logger,
): Promise<boolean> {
	try {
		await rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body: response, auth: false });
		return true;
	} catch (error) {
		if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownInteraction) {
			// Discord gave up waiting (3 s) or another process answered it: nobody to tell.
			logger.warn({ ...describe(interaction) }, 'interaction expired before the reply');
		} else {
			logger.error({ err: error, ...describe(interaction) }, 'could not answer the interaction');
		}
		return false;
	}
}

/**
 * What follows a response, over the interaction's webhook: the deferred reply filled in, then
 * follow-ups. A failure turns the deferred reply into the error itself, so nobody is left
 * looking at "thinking…" forever.
 */
export async function sendLater(
	rest: REST,
	interaction: APIInteraction,
	later: () => Promise<Later>,
	logger: Logger,
): Promise<void> {
	const original = Routes.webhookMessage(interaction.application_id, interaction.token, '@original');
	try {
		const { edit, followUps } = await later();
		if (edit) {
			const { flags: _fixed, ...body } = edit;
			await rest.patch(original, { body, auth: false });
		}
		for (const body of followUps) {
			await rest.post(Routes.webhook(interaction.application_id, interaction.token), { body, auth: false });
		}
	} catch (error) {
		logger.error({ err: error, ...describe(interaction) }, 'interaction failed');
		try {
			await rest.patch(original, {
				body: { content: failureText, embeds: [], components: [], allowed_mentions: { parse: [] } },
				auth: false,
			});
		} catch (editError) {
			logger.warn({ err: editError, ...describe(interaction) }, 'could not tell the user about a failure');
		}
	}
}

/** The application's owner, or its team's members: who may run /reload unless BOT_OWNER_IDS says otherwise. */
export async function applicationOwners(rest: REST): Promise<string[]> {
	const application = (await rest.get(Routes.currentApplication())) as APIApplication;
	if (application.team) return application.team.members.map((member) => member.user.id);
	return application.owner ? [application.owner.id] : [];
}
