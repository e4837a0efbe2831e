import { isChatParseError } from '../../src/errors.ts';

/**
 * What `run` gives, or `{ error: code }` when it fails with a ChatParseError, so that two ways
 * of reading can be compared whether they succeed or refuse. Any other error is rethrown.
 */
export async function outcome(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    if (isChatParseError(error)) return { error: error.code };
    throw error;
  }
}
