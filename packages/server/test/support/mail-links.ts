import type { Client } from './client.ts';
import type { ReceivedMail } from './smtp-sink.ts';

/** The text of a received email, its transfer encoding undone (quoted-printable or base64). */
export function mailText(mail: ReceivedMail): string {
  const split = mail.raw.indexOf('\r\n\r\n');
  const head = split < 0 ? '' : mail.raw.slice(0, split);
  const body = split < 0 ? mail.raw : mail.raw.slice(split + 4);
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase();
  if (encoding === 'base64')
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/**
 * A header of a received email as its reader sees it: folded lines joined and MIME encoded-words
 * (RFC 2047, `=?UTF-8?Q?…?=` or `=?UTF-8?B?…?=`, as a subject in another script is sent)
 * decoded; undefined when the email has no such header.
 */
export function mailHeader(mail: ReceivedMail, name: string): string | undefined {
  const split = mail.raw.indexOf('\r\n\r\n');
  const head = (split < 0 ? mail.raw : mail.raw.slice(0, split)).replace(/\r\n[ \t]+/g, ' ');
  const prefix = `${name.toLowerCase()}:`;
  const line = head.split('\r\n').find((l) => l.toLowerCase().startsWith(prefix));
  if (line === undefined) return undefined;
  const parts = line
    .slice(prefix.length)
    .trim()
    .split(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)/);
  const bytes: Buffer[] = [];
  parts.forEach((part, i) => {
    const word = /^=\?[^?]+\?([QqBb])\?([^?]*)\?=$/.exec(part);
    if (word) {
      const [, encoding, text] = word as unknown as [string, string, string];
      bytes.push(
        encoding.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text
                .replace(/_/g, ' ')
                .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) =>
                  String.fromCharCode(parseInt(hex, 16)),
                ),
              'latin1',
            ),
      );
      return;
    }
    // White space between two encoded-words is not part of the text.
    const between = i > 0 && i < parts.length - 1 && /^\s*$/.test(part);
    if (!between) bytes.push(Buffer.from(part, 'utf8'));
  });
  return Buffer.concat(bytes).toString('utf8');
}

/** The first link in an email to `{appUrl}{path}?token=…`, or undefined. */
export function linkIn(mail: ReceivedMail, path: string): URL | undefined {
  const escaped = path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(`https?://\\S+${escaped}\\?token=[A-Za-z0-9_-]+`).exec(mailText(mail));
  return match ? new URL(match[0]) : undefined;
}

/** Waits until an email to `address` holding a link to `path` has arrived; returns that link. */
export async function waitForLink(
  received: readonly ReceivedMail[],
  address: string,
  path: string,
  options: { after?: number; ms?: number } = {},
): Promise<URL> {
  const until = Date.now() + (options.ms ?? 15_000);
  for (;;) {
    for (const mail of received.slice(options.after ?? 0)) {
      const link = mail.to.includes(address) ? linkIn(mail, path) : undefined;
      if (link) return link;
    }
    if (Date.now() > until) throw new Error(`no email to ${address} with a ${path} link arrived`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Confirms a signed-up client's email through the real link sent to it (the server must have
 * SMTP pointed at the sink that `received` belongs to).
 */
export async function confirmEmailFromSink(
  received: readonly ReceivedMail[],
  client: Client,
  address: string,
): Promise<void> {
  const link = await waitForLink(received, address, '/confirm-email');
  const token = link.searchParams.get('token');
  if (token === null) throw new Error(`the link to ${address} has no token: ${link.href}`);
  const reply = await client.post('/api/auth/confirm-email', {}, { token });
  if (reply.status !== 204) {
    throw new Error(
      `confirming ${address} failed: ${reply.status} ${JSON.stringify(reply.parsed)}`,
    );
  }
}
