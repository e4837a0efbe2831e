import { hash, verify } from '@node-rs/argon2';

/**
 * Password hashing with argon2id (the library's default algorithm) at its defaults of
 * 19 MiB memory, 2 passes, 1 lane — the OWASP recommendation for argon2id.
 */
export const hashPassword = (password: string): Promise<string> => hash(password);

export const verifyPassword = async (passwordHash: string, password: string): Promise<boolean> => {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
};

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same work as a real check when there is no such account, so the time a sign-in
 * takes does not tell whether an email is registered.
 */
export const verifyAgainstNothing = async (password: string): Promise<void> => {
  dummyHash ??= hash('recipro-no-such-account');
  await verifyPassword(await dummyHash, password);
};
