import { Redis } from 'ioredis';

/**
 * The Redis that tests may use (TEST_REDIS_URL), or undefined when it is unset or does not
 * answer; then the suites that need it are skipped, and say so.
 */
export async function testRedisUrl(suite: string): Promise<string | undefined> {
	const url = process.env.TEST_REDIS_URL;
	if (!url) {
		console.warn(`Skipping ${suite}: TEST_REDIS_URL is not set (e.g. redis://127.0.0.1:6379).`);
		return undefined;
	}
	const redis = new Redis(url, {
		lazyConnect: true,
		maxRetriesPerRequest: 0,
		connectTimeout: 2_000,
		retryStrategy: () => null,
	});
	redis.on('error', () => {});
	try {
		await redis.connect();
		await redis.ping();
		return url;
	} catch (error) {
		console.warn(`Skipping ${suite}: Redis at TEST_REDIS_URL does not answer (${(error as Error).message}).`);
		return undefined;
	} finally {
		redis.disconnect();
	}
}
