import net from 'node:net';

export interface RawReply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/**
 * Sends bytes exactly as given over a new TCP connection and reads the one HTTP/1.1 answer, for
 * requests no HTTP client would send (headers too large, a method or path that is not HTTP).
 */
export function rawRequest(baseUrl: string, request: string): Promise<RawReply> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      const reply = parse(Buffer.concat(chunks).toString('utf8'));
      if (reply) {
        socket.destroy();
        resolve(reply);
      }
    });
    socket.on('error', (error) => {
      const reply = parse(Buffer.concat(chunks).toString('utf8'));
      if (reply) resolve(reply);
      else reject(error);
    });
    socket.on('close', () => {
      const reply = parse(Buffer.concat(chunks).toString('utf8'));
      if (reply) resolve(reply);
      else reject(new Error(`the connection closed without a whole answer: ${chunks.join('')}`));
    });
    // The server may answer and close before all of a too-large request is written.
    socket.on('connect', () => socket.write(request, () => undefined));
  });
}

/** The answer, once its head and all of its Content-Length body have arrived. */
function parse(text: string): RawReply | null {
  const end = text.indexOf('\r\n\r\n');
  if (end === -1) return null;
  const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const raw = text.slice(end + 4);
  const length = Number(headers['content-length'] ?? NaN);
  if (!Number.isNaN(length) && Buffer.byteLength(raw) < length) return null;
  let body: unknown = raw;
  try {
    body = JSON.parse(raw);
  } catch {
    // not JSON: keep the text
  }
  return { status: Number(statusLine!.split(' ')[1]), headers, body };
}
