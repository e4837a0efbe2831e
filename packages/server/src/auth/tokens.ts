import { createHash, randomBytes } from 'node:crypto';

/** A fresh secret token: 256 random bits, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What is stored for a token: its SHA-256. A stolen database holds no usable tokens. */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');
