/**
 * The HTTP API's request and response types, generated from the server's OpenAPI document by
 * openapi-typescript. Do not edit: change the route's schema and run `npm run gen:api`
 * (`npm run check:api` fails while this file and the server disagree).
 */
export interface paths {
  readonly '/api/health': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Is recipro up? (The process answers; the database is not asked.) */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @enum {string} */
              readonly status: 'ok';
              readonly database: string;
            };
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/ready': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Can this process serve requests? Its database answers and has every migration (503 otherwise). */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @enum {string} */
              readonly status: 'ready';
              readonly database: 'sqlite' | 'postgres';
              /** @description Migrations this build knows, and those the database has. */
              readonly migrations: {
                readonly known: number;
                readonly applied: number;
              };
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 503: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/auth/signup': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Create an account and sign in (with email on, a confirmation link is sent) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly email: string;
            readonly password: string;
            readonly name: string;
            /**
             * @description The language the app spoke at sign-up, kept as the account’s choice (none: not chosen).
             * @enum {unknown}
             */
            readonly locale?: 'en' | 'es' | 'hi' | 'ar';
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              readonly email: string;
              readonly name: string;
              /** @description Whether a link sent to the address was followed. */
              readonly emailConfirmed: boolean;
              /** @description A new address waiting for its confirmation link to be followed. */
              readonly pendingEmail: string | null;
              /** @description The first-run path: 'open' for a new account, 'skipped' after "Not now", 'done' once finished (accounts older than the path count as done). */
              readonly firstRun: 'open' | 'skipped' | 'done';
              /** @description The language the person chose, kept on the account so every device speaks it; null while not chosen. */
              readonly locale: ('en' | 'es' | 'hi' | 'ar') | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 429: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/auth/signin': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Sign in */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly email: string;
            readonly password: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              readonly email: string;
              readonly name: string;
              /** @description Whether a link sent to the address was followed. */
              readonly emailConfirmed: boolean;
              /** @description A new address waiting for its confirmation link to be followed. */
              readonly pendingEmail: string | null;
              /** @description The first-run path: 'open' for a new account, 'skipped' after "Not now", 'done' once finished (accounts older than the path count as done). */
              readonly firstRun: 'open' | 'skipped' | 'done';
              /** @description The language the person chose, kept on the account so every device speaks it; null while not chosen. */
              readonly locale: ('en' | 'es' | 'hi' | 'ar') | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 429: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/auth/signout': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Sign out (ends this session) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/auth/options': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** What this server offers for signing in (works signed out) */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description Whether a forgotten password can be reset by email. Without email, the server’s owner can run `npx recipro reset-password <email>`. */
              readonly passwordResetByEmail: boolean;
            };
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/auth/reset-request': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Ask for a password reset link by email (valid 30 minutes). The same answer for every address; without email on the server, nothing is sent */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly email: string;
          };
        };
      };
      readonly responses: {
        /** @description Accepted; the body is empty. */
        readonly 202: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': unknown;
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 429: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/auth/reset': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Set a new password with a reset link’s token; every session of the account ends */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly token: string;
            readonly password: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/auth/confirm-email': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Confirm an email address with the token of the link sent to it (valid 24 hours) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly token: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/me': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The signed-in user */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              readonly email: string;
              readonly name: string;
              /** @description Whether a link sent to the address was followed. */
              readonly emailConfirmed: boolean;
              /** @description A new address waiting for its confirmation link to be followed. */
              readonly pendingEmail: string | null;
              /** @description The first-run path: 'open' for a new account, 'skipped' after "Not now", 'done' once finished (accounts older than the path count as done). */
              readonly firstRun: 'open' | 'skipped' | 'done';
              /** @description The language the person chose, kept on the account so every device speaks it; null while not chosen. */
              readonly locale: ('en' | 'es' | 'hi' | 'ar') | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    /** Delete your account (leaves every circle by the same rule; ends every session) */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly password: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    /** Change your name (also in every circle), email (with email on, the new address waits for its confirmation link) or language, or leave or reopen the first-run path */
    readonly patch: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly name?: string;
            readonly email?: string;
            /** @description The first-run path: 'open' for a new account, 'skipped' after "Not now", 'done' once finished (accounts older than the path count as done). */
            readonly firstRun?: 'open' | 'skipped' | 'done';
            /**
             * @description A language recipro speaks.
             * @enum {unknown}
             */
            readonly locale?: 'en' | 'es' | 'hi' | 'ar';
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              readonly email: string;
              readonly name: string;
              /** @description Whether a link sent to the address was followed. */
              readonly emailConfirmed: boolean;
              /** @description A new address waiting for its confirmation link to be followed. */
              readonly pendingEmail: string | null;
              /** @description The first-run path: 'open' for a new account, 'skipped' after "Not now", 'done' once finished (accounts older than the path count as done). */
              readonly firstRun: 'open' | 'skipped' | 'done';
              /** @description The language the person chose, kept on the account so every device speaks it; null while not chosen. */
              readonly locale: ('en' | 'es' | 'hi' | 'ar') | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 429: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly trace?: never;
  };
  readonly '/api/me/password': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    /** Change your password; every other session ends, this one stays signed in */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly current: string;
            readonly next: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 429: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/me/email/confirmation': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Send a new confirmation link to your pending (or unconfirmed) address; at most three an hour */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Accepted; the body is empty. */
        readonly 202: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': unknown;
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 429: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/me/sessions': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Where you are signed in (unexpired sessions, newest first, a page at a time) */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description An opaque cursor: the `next` of the page before. A value this server did not make is refused (400). */
          readonly before?: string;
          /** @description How many items a page holds (30 unless asked, at most 100). */
          readonly limit?: number;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description The most recently begun first. */
              readonly sessions: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly lastSeenAt: string;
                readonly userAgent: string | null;
                /** @description Whether this is the session of the request itself. */
                readonly current: boolean;
              }[];
              /** @description Pass as `before` for the following page; null when this page is the last. */
              readonly next: string | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/me/sessions/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** End one of your sessions (ending this one signs you out here) */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/me/sessions/end-others': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** End every session but this one */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Circles you are in, newest first, a page at a time, and those you wait to join */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description An opaque cursor: the `next` of the page before. A value this server did not make is refused (400). */
          readonly before?: string;
          /** @description How many items a page holds (30 unless asked, at most 100). */
          readonly limit?: number;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description Newest first. */
              readonly circles: readonly {
                /** @description An opaque id. */
                readonly id: string;
                readonly name: string;
                /** @enum {unknown} */
                readonly kind: 'couple' | 'family' | 'friends' | 'team';
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                /** @description An opaque id. */
                readonly myMemberId: string;
                readonly memberCount: number;
              }[];
              /** @description Pass as `before` for the following page; null when this page is the last. */
              readonly next: string | null;
              /** @description Circles you asked to join, until a member lets you in (or 7 days pass). */
              readonly waiting: readonly {
                /** @description An opaque id. */
                readonly circleId: string;
                readonly name: string;
                /** @enum {unknown} */
                readonly kind: 'couple' | 'family' | 'friends' | 'team';
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly requestedAt: string;
              }[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    /** Create a circle; you are its first member */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly name: string;
            /** @enum {unknown} */
            readonly kind: 'couple' | 'family' | 'friends' | 'team';
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              readonly name: string;
              /** @enum {unknown} */
              readonly kind: 'couple' | 'family' | 'friends' | 'team';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              /** @description An opaque id. */
              readonly myMemberId: string;
              /** @description The current members, first to join first. */
              readonly members: readonly {
                /** @description An opaque id. */
                readonly id: string;
                readonly name: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly joinedAt: string;
              }[];
              /** @description People who left; acts, needs and ruptures may still name their member id. */
              readonly formerMembers: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /**
                 * Format: date-time
                 * @description When they left; their acts stay as "a former member".
                 */
                readonly leftAt: string;
              }[];
              /** @description The keeper: may remove members (not in a couple) and hand the role on. */
              readonly keeperMemberId: string | null;
              /** @description People who accepted an invitation and wait for a member to let them in. */
              readonly pendingMembers: readonly {
                /** @description Their member id once let in. */
                readonly id: string;
                readonly name: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly requestedAt: string;
              }[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A circle and its members */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              readonly name: string;
              /** @enum {unknown} */
              readonly kind: 'couple' | 'family' | 'friends' | 'team';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              /** @description An opaque id. */
              readonly myMemberId: string;
              /** @description The current members, first to join first. */
              readonly members: readonly {
                /** @description An opaque id. */
                readonly id: string;
                readonly name: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly joinedAt: string;
              }[];
              /** @description People who left; acts, needs and ruptures may still name their member id. */
              readonly formerMembers: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /**
                 * Format: date-time
                 * @description When they left; their acts stay as "a former member".
                 */
                readonly leftAt: string;
              }[];
              /** @description The keeper: may remove members (not in a couple) and hand the role on. */
              readonly keeperMemberId: string | null;
              /** @description People who accepted an invitation and wait for a member to let them in. */
              readonly pendingMembers: readonly {
                /** @description Their member id once let in. */
                readonly id: string;
                readonly name: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly requestedAt: string;
              }[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/invitations': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Invitations of the circle nobody has used yet */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly invitations: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly invitedByMemberId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly expiresAt: string;
              }[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    /** Make a single-use invitation link (valid 7 days) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              readonly token: string;
              readonly url: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly expiresAt: string;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/invitations/{token}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** What an invitation leads to (works signed out) */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly token: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly circleId: string;
              readonly circleName: string;
              /** @enum {unknown} */
              readonly circleKind: 'couple' | 'family' | 'friends' | 'team';
              readonly invitedByName: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly expiresAt: string;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/invitations/{token}/accept': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Ask to join the circle of an invitation (a member then lets you in) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          readonly token: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description Your member id once a member lets you in. */
              readonly memberId: string;
              /**
               * @description You wait for a member to let you in.
               * @enum {string}
               */
              readonly status: 'pending';
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/invitations/{invitationId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** Withdraw an invitation nobody has used yet */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly invitationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/members/{memberId}/admit': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Let in someone who asked to join (any member may) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly memberId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              readonly name: string;
              /** @enum {unknown} */
              readonly kind: 'couple' | 'family' | 'friends' | 'team';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              /** @description An opaque id. */
              readonly myMemberId: string;
              /** @description The current members, first to join first. */
              readonly members: readonly {
                /** @description An opaque id. */
                readonly id: string;
                readonly name: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly joinedAt: string;
              }[];
              /** @description People who left; acts, needs and ruptures may still name their member id. */
              readonly formerMembers: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /**
                 * Format: date-time
                 * @description When they left; their acts stay as "a former member".
                 */
                readonly leftAt: string;
              }[];
              /** @description The keeper: may remove members (not in a couple) and hand the role on. */
              readonly keeperMemberId: string | null;
              /** @description People who accepted an invitation and wait for a member to let them in. */
              readonly pendingMembers: readonly {
                /** @description Their member id once let in. */
                readonly id: string;
                readonly name: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly requestedAt: string;
              }[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/members/{memberId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** Turn down a request to join (any member), or remove a member (the keeper; not in a couple) */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly memberId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/keeper': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    /** Hand the keeper role to another member (the keeper only) */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /** @description An opaque id. */
            readonly memberId: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              readonly name: string;
              /** @enum {unknown} */
              readonly kind: 'couple' | 'family' | 'friends' | 'team';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              /** @description An opaque id. */
              readonly myMemberId: string;
              /** @description The current members, first to join first. */
              readonly members: readonly {
                /** @description An opaque id. */
                readonly id: string;
                readonly name: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly joinedAt: string;
              }[];
              /** @description People who left; acts, needs and ruptures may still name their member id. */
              readonly formerMembers: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /**
                 * Format: date-time
                 * @description When they left; their acts stay as "a former member".
                 */
                readonly leftAt: string;
              }[];
              /** @description The keeper: may remove members (not in a couple) and hand the role on. */
              readonly keeperMemberId: string | null;
              /** @description People who accepted an invitation and wait for a member to let them in. */
              readonly pendingMembers: readonly {
                /** @description Their member id once let in. */
                readonly id: string;
                readonly name: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly requestedAt: string;
              }[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/acts': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Acts of care in a circle, newest first */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description ISO-8601 date and time. */
          readonly from?: string;
          /** @description ISO-8601 date and time. */
          readonly to?: string;
          /** @description An opaque id. */
          readonly fromMemberId?: string;
          /** @description An opaque id. */
          readonly toMemberId?: string;
          /** @description An opaque cursor: the `next` of the page before. A value this server did not make is refused (400). */
          readonly before?: string;
          /** @description How many items a page holds (30 unless asked, at most 100). */
          readonly limit?: number;
        };
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description Newest first (by when the care happened, then id). */
              readonly acts: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly circleId: string;
                /** @description An opaque id. */
                readonly fromMemberId: string;
                /** @description An opaque id. */
                readonly toMemberId: string;
                /** @enum {unknown} */
                readonly form:
                  | 'practical'
                  | 'emotional'
                  | 'communication'
                  | 'affection'
                  | 'intimacy'
                  | 'quality_time'
                  | 'respect'
                  | 'repair'
                  | 'healing'
                  | 'future'
                  | 'appreciation'
                  | 'mental_load';
                /**
                 * @description effort from 1 (small) to 3 (big)
                 * @enum {unknown}
                 */
                readonly effort: 1 | 2 | 3;
                readonly note: string | null;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly at: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                readonly noticedAt: string | null;
                /** @description Only for the writer: their own words suggest fear or harm; offer support. */
                readonly showSupport?: boolean;
                /** @description When the receiver said "I don't recognise this"; the act is out of the balance until its giver changes or withdraws it. */
                readonly questionedAt: string | null;
                /** @description Logged more than 7 days after the care happened. */
                readonly lateEntry: boolean;
              }[];
              /** @description Pass as `before` for the following page; null when this page is the last. */
              readonly next: string | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    /** Log an act of care you gave (answered once committed) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one act (a UUID, say). Sent again with the same key — after an answer that never arrived — the act is not logged twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different act is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /** @description An opaque id. */
            readonly toMemberId: string;
            /** @enum {unknown} */
            readonly form:
              | 'practical'
              | 'emotional'
              | 'communication'
              | 'affection'
              | 'intimacy'
              | 'quality_time'
              | 'respect'
              | 'repair'
              | 'healing'
              | 'future'
              | 'appreciation'
              | 'mental_load';
            readonly effort?: number;
            readonly note?: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time.
             */
            readonly at?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly fromMemberId: string;
              /** @description An opaque id. */
              readonly toMemberId: string;
              /** @enum {unknown} */
              readonly form:
                | 'practical'
                | 'emotional'
                | 'communication'
                | 'affection'
                | 'intimacy'
                | 'quality_time'
                | 'respect'
                | 'repair'
                | 'healing'
                | 'future'
                | 'appreciation'
                | 'mental_load';
              /**
               * @description effort from 1 (small) to 3 (big)
               * @enum {unknown}
               */
              readonly effort: 1 | 2 | 3;
              readonly note: string | null;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly at: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly noticedAt: string | null;
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
              /** @description When the receiver said "I don't recognise this"; the act is out of the balance until its giver changes or withdraws it. */
              readonly questionedAt: string | null;
              /** @description Logged more than 7 days after the care happened. */
              readonly lateEntry: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/acts/{actId}/question': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** "I don't recognise this": only the receiver; the act leaves the balance until its giver changes or withdraws it */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly actId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly fromMemberId: string;
              /** @description An opaque id. */
              readonly toMemberId: string;
              /** @enum {unknown} */
              readonly form:
                | 'practical'
                | 'emotional'
                | 'communication'
                | 'affection'
                | 'intimacy'
                | 'quality_time'
                | 'respect'
                | 'repair'
                | 'healing'
                | 'future'
                | 'appreciation'
                | 'mental_load';
              /**
               * @description effort from 1 (small) to 3 (big)
               * @enum {unknown}
               */
              readonly effort: 1 | 2 | 3;
              readonly note: string | null;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly at: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly noticedAt: string | null;
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
              /** @description When the receiver said "I don't recognise this"; the act is out of the balance until its giver changes or withdraws it. */
              readonly questionedAt: string | null;
              /** @description Logged more than 7 days after the care happened. */
              readonly lateEntry: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    /** Take back your "I don't recognise this" (only the receiver may): the act counts again and its giver is no longer told */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly actId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly fromMemberId: string;
              /** @description An opaque id. */
              readonly toMemberId: string;
              /** @enum {unknown} */
              readonly form:
                | 'practical'
                | 'emotional'
                | 'communication'
                | 'affection'
                | 'intimacy'
                | 'quality_time'
                | 'respect'
                | 'repair'
                | 'healing'
                | 'future'
                | 'appreciation'
                | 'mental_load';
              /**
               * @description effort from 1 (small) to 3 (big)
               * @enum {unknown}
               */
              readonly effort: 1 | 2 | 3;
              readonly note: string | null;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly at: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly noticedAt: string | null;
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
              /** @description When the receiver said "I don't recognise this"; the act is out of the balance until its giver changes or withdraws it. */
              readonly questionedAt: string | null;
              /** @description Logged more than 7 days after the care happened. */
              readonly lateEntry: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/acts/{actId}/acknowledge': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** "I noticed": only the receiver may */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly actId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly fromMemberId: string;
              /** @description An opaque id. */
              readonly toMemberId: string;
              /** @enum {unknown} */
              readonly form:
                | 'practical'
                | 'emotional'
                | 'communication'
                | 'affection'
                | 'intimacy'
                | 'quality_time'
                | 'respect'
                | 'repair'
                | 'healing'
                | 'future'
                | 'appreciation'
                | 'mental_load';
              /**
               * @description effort from 1 (small) to 3 (big)
               * @enum {unknown}
               */
              readonly effort: 1 | 2 | 3;
              readonly note: string | null;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly at: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly noticedAt: string | null;
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
              /** @description When the receiver said "I don't recognise this"; the act is out of the balance until its giver changes or withdraws it. */
              readonly questionedAt: string | null;
              /** @description Logged more than 7 days after the care happened. */
              readonly lateEntry: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    /** Take back your "I noticed" (only the receiver may) */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly actId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly fromMemberId: string;
              /** @description An opaque id. */
              readonly toMemberId: string;
              /** @enum {unknown} */
              readonly form:
                | 'practical'
                | 'emotional'
                | 'communication'
                | 'affection'
                | 'intimacy'
                | 'quality_time'
                | 'respect'
                | 'repair'
                | 'healing'
                | 'future'
                | 'appreciation'
                | 'mental_load';
              /**
               * @description effort from 1 (small) to 3 (big)
               * @enum {unknown}
               */
              readonly effort: 1 | 2 | 3;
              readonly note: string | null;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly at: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly noticedAt: string | null;
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
              /** @description When the receiver said "I don't recognise this"; the act is out of the balance until its giver changes or withdraws it. */
              readonly questionedAt: string | null;
              /** @description Logged more than 7 days after the care happened. */
              readonly lateEntry: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/acts/{actId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** Take back an act of care you gave (only the giver may) */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly actId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    /** Change an act of care you gave (only the giver may) */
    readonly patch: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly actId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /** @description An opaque id. */
            readonly toMemberId?: string;
            /** @enum {unknown} */
            readonly form?:
              | 'practical'
              | 'emotional'
              | 'communication'
              | 'affection'
              | 'intimacy'
              | 'quality_time'
              | 'respect'
              | 'repair'
              | 'healing'
              | 'future'
              | 'appreciation'
              | 'mental_load';
            readonly effort?: number;
            /** @description The new note, or null to remove it. */
            readonly note?: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time.
             */
            readonly at?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly fromMemberId: string;
              /** @description An opaque id. */
              readonly toMemberId: string;
              /** @enum {unknown} */
              readonly form:
                | 'practical'
                | 'emotional'
                | 'communication'
                | 'affection'
                | 'intimacy'
                | 'quality_time'
                | 'respect'
                | 'repair'
                | 'healing'
                | 'future'
                | 'appreciation'
                | 'mental_load';
              /**
               * @description effort from 1 (small) to 3 (big)
               * @enum {unknown}
               */
              readonly effort: 1 | 2 | 3;
              readonly note: string | null;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly at: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly noticedAt: string | null;
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
              /** @description When the receiver said "I don't recognise this"; the act is out of the balance until its giver changes or withdraws it. */
              readonly questionedAt: string | null;
              /** @description Logged more than 7 days after the care happened. */
              readonly lateEntry: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/summary': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Give and take per pair of members over the last days */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          readonly days?: number;
        };
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly from: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly to: string;
              readonly days: number;
              readonly pairs: readonly {
                /** @description An opaque id. */
                readonly fromMemberId: string;
                /** @description An opaque id. */
                readonly toMemberId: string;
                readonly acts: number;
                readonly effort: number;
                readonly noticed: number;
              }[];
            };
          };
        };
        /** @description Unchanged since the answer whose ETag was sent in If-None-Match */
        readonly 304: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/instruments': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The check-in instruments: items, positions and scores; the CSI with its words
     * @description With `kind`, only those a circle of that kind may use: the CSI is offered to couples only. recipro’s own items come without words: the reader’s language words them by id, for the circle’s kind.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          readonly kind?: 'couple' | 'family' | 'friends' | 'team';
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly instruments: readonly {
                /** @enum {unknown} */
                readonly id: 'csi4' | 'csi16' | 'reciprocity';
                readonly version: number;
                /** @description As published for the CSI; null for recipro’s own items, worded by id. */
                readonly name: string | null;
                /** @enum {unknown} */
                readonly origin: 'validated' | 'own';
                readonly ownLabel: string | null;
                readonly citation: string | null;
                readonly instructions: readonly {
                  /** @description As published for the CSI; null for recipro’s own items, worded by id. */
                  readonly text: string | null;
                  readonly itemIds: readonly string[];
                }[];
                readonly items: readonly (
                  | {
                      readonly id: string;
                      /** @description 1-based, as printed. */
                      readonly number: number;
                      readonly csi32Number: number | null;
                      /** @description Only the member who answered ever sees the answer. */
                      readonly private: boolean;
                      /** @description Positions that suggest fear or harm. */
                      readonly safetyConcernAt: readonly number[];
                      readonly provenance: {
                        readonly construct: string;
                        readonly basis: string;
                      } | null;
                      /** @enum {string} */
                      readonly kind: 'choice';
                      /** @description As published for the CSI; null for recipro’s own items, worded by id. */
                      readonly text: string | null;
                      readonly options: readonly {
                        /** @description As published for the CSI; null for recipro’s own items, worded by id. */
                        readonly label: string | null;
                        readonly score: number;
                      }[];
                    }
                  | {
                      readonly id: string;
                      /** @description 1-based, as printed. */
                      readonly number: number;
                      readonly csi32Number: number | null;
                      /** @description Only the member who answered ever sees the answer. */
                      readonly private: boolean;
                      /** @description Positions that suggest fear or harm. */
                      readonly safetyConcernAt: readonly number[];
                      readonly provenance: {
                        readonly construct: string;
                        readonly basis: string;
                      } | null;
                      /** @enum {string} */
                      readonly kind: 'word_pair';
                      /** @description As published for the CSI; null for recipro’s own items, worded by id. */
                      readonly left: string | null;
                      /** @description As published for the CSI; null for recipro’s own items, worded by id. */
                      readonly right: string | null;
                      /** @description The value of each position from the left. */
                      readonly scores: readonly number[];
                    }
                )[];
                readonly total: {
                  readonly min: number;
                  readonly max: number;
                } | null;
              }[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/instruments/{instrumentId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** One instrument: the CSI with its words, recipro’s own by id */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly instrumentId: 'csi4' | 'csi16' | 'reciprocity';
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @enum {unknown} */
              readonly id: 'csi4' | 'csi16' | 'reciprocity';
              readonly version: number;
              /** @description As published for the CSI; null for recipro’s own items, worded by id. */
              readonly name: string | null;
              /** @enum {unknown} */
              readonly origin: 'validated' | 'own';
              readonly ownLabel: string | null;
              readonly citation: string | null;
              readonly instructions: readonly {
                /** @description As published for the CSI; null for recipro’s own items, worded by id. */
                readonly text: string | null;
                readonly itemIds: readonly string[];
              }[];
              readonly items: readonly (
                | {
                    readonly id: string;
                    /** @description 1-based, as printed. */
                    readonly number: number;
                    readonly csi32Number: number | null;
                    /** @description Only the member who answered ever sees the answer. */
                    readonly private: boolean;
                    /** @description Positions that suggest fear or harm. */
                    readonly safetyConcernAt: readonly number[];
                    readonly provenance: {
                      readonly construct: string;
                      readonly basis: string;
                    } | null;
                    /** @enum {string} */
                    readonly kind: 'choice';
                    /** @description As published for the CSI; null for recipro’s own items, worded by id. */
                    readonly text: string | null;
                    readonly options: readonly {
                      /** @description As published for the CSI; null for recipro’s own items, worded by id. */
                      readonly label: string | null;
                      readonly score: number;
                    }[];
                  }
                | {
                    readonly id: string;
                    /** @description 1-based, as printed. */
                    readonly number: number;
                    readonly csi32Number: number | null;
                    /** @description Only the member who answered ever sees the answer. */
                    readonly private: boolean;
                    /** @description Positions that suggest fear or harm. */
                    readonly safetyConcernAt: readonly number[];
                    readonly provenance: {
                      readonly construct: string;
                      readonly basis: string;
                    } | null;
                    /** @enum {string} */
                    readonly kind: 'word_pair';
                    /** @description As published for the CSI; null for recipro’s own items, worded by id. */
                    readonly left: string | null;
                    /** @description As published for the CSI; null for recipro’s own items, worded by id. */
                    readonly right: string | null;
                    /** @description The value of each position from the left. */
                    readonly scores: readonly number[];
                  }
              )[];
              readonly total: {
                readonly min: number;
                readonly max: number;
              } | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/prompts': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Reflection prompts, needs starters and values questions, by id
     * @description Ids, themes and topics, in order, the same for every circle kind: the reader’s language words each for the circle’s kind ("my family", "my team").
     */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly reflection: readonly {
                readonly id: string;
                /** @enum {unknown} */
                readonly theme:
                  | 'over_giving'
                  | 'shutting_down'
                  | 'hyper_independence'
                  | 'fear_of_asking'
                  | 'what_i_need_now';
              }[];
              readonly needsStarters: readonly {
                readonly id: string;
              }[];
              readonly values: readonly {
                readonly id: string;
                /** @enum {unknown} */
                readonly topic:
                  | 'respect'
                  | 'affection'
                  | 'sharing_chores'
                  | 'sharing_money'
                  | 'sharing_time'
                  | 'principles'
                  | 'work'
                  | 'parenting'
                  | 'growth';
              }[];
            };
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/checkins': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Check-ins of the circle, newest first, a page at a time, and your own trend (over all of yours) */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description An opaque cursor: the `next` of the page before. A value this server did not make is refused (400). */
          readonly before?: string;
          /** @description How many items a page holds (30 unless asked, at most 100). */
          readonly limit?: number;
        };
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly checkins: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @enum {unknown} */
                readonly instrument: 'csi4' | 'csi16' | 'reciprocity';
                /** @enum {unknown} */
                readonly status: 'open' | 'revealed' | 'closed';
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                readonly memberCount: number;
                readonly answeredCount: number;
                readonly answeredByMe: boolean;
              }[];
              readonly trends: {
                readonly csi4?: {
                  readonly totals: readonly (number | null)[];
                  readonly latest: {
                    readonly from: number;
                    readonly to: number;
                    readonly change: number;
                    readonly direction: string;
                  } | null;
                };
                readonly csi16?: {
                  readonly totals: readonly (number | null)[];
                  readonly latest: {
                    readonly from: number;
                    readonly to: number;
                    readonly change: number;
                    readonly direction: string;
                  } | null;
                };
                readonly reciprocity?: {
                  readonly totals: readonly (number | null)[];
                  readonly latest: {
                    readonly from: number;
                    readonly to: number;
                    readonly change: number;
                    readonly direction: string;
                  } | null;
                };
              };
              /** @description Pass as `before` for the following page; null when this page is the last. */
              readonly next: string | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    /** Open a check-in; each member answers alone */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /** @enum {unknown} */
            readonly instrument: 'csi4' | 'csi16' | 'reciprocity';
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @enum {unknown} */
              readonly instrument: 'csi4' | 'csi16' | 'reciprocity';
              readonly instrumentVersion: number;
              /** @enum {unknown} */
              readonly status: 'open' | 'revealed' | 'closed';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly closedAt: string | null;
              readonly memberCount: number;
              readonly answeredCount: number;
              /** @description An opaque id. */
              readonly openedBy: string;
              readonly openedByMe: boolean;
              readonly closableByMe: boolean;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly closableFrom: string;
              readonly mine: {
                readonly answers: readonly number[];
                readonly scores: readonly number[];
                readonly total: number | null;
                readonly note: string | null;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly answeredAt: string;
              } | null;
              readonly showSupport: boolean;
              readonly results?: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                readonly score: number | null;
                readonly answers: readonly (number | null)[];
              }[];
              readonly thingsToTalkAbout?: readonly string[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/checkins/{checkinId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A check-in: your answers, and everyone's once all have answered or it closed */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly checkinId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @enum {unknown} */
              readonly instrument: 'csi4' | 'csi16' | 'reciprocity';
              readonly instrumentVersion: number;
              /** @enum {unknown} */
              readonly status: 'open' | 'revealed' | 'closed';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly closedAt: string | null;
              readonly memberCount: number;
              readonly answeredCount: number;
              /** @description An opaque id. */
              readonly openedBy: string;
              readonly openedByMe: boolean;
              readonly closableByMe: boolean;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly closableFrom: string;
              readonly mine: {
                readonly answers: readonly number[];
                readonly scores: readonly number[];
                readonly total: number | null;
                readonly note: string | null;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly answeredAt: string;
              } | null;
              readonly showSupport: boolean;
              readonly results?: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                readonly score: number | null;
                readonly answers: readonly (number | null)[];
              }[];
              readonly thingsToTalkAbout?: readonly string[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/checkins/{checkinId}/answers': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Answer: the 0-based position of each chosen option as printed, in item order */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly checkinId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly answers: readonly (number | null)[];
            readonly note?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @enum {unknown} */
              readonly instrument: 'csi4' | 'csi16' | 'reciprocity';
              readonly instrumentVersion: number;
              /** @enum {unknown} */
              readonly status: 'open' | 'revealed' | 'closed';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly closedAt: string | null;
              readonly memberCount: number;
              readonly answeredCount: number;
              /** @description An opaque id. */
              readonly openedBy: string;
              readonly openedByMe: boolean;
              readonly closableByMe: boolean;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly closableFrom: string;
              readonly mine: {
                readonly answers: readonly number[];
                readonly scores: readonly number[];
                readonly total: number | null;
                readonly note: string | null;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly answeredAt: string;
              } | null;
              readonly showSupport: boolean;
              readonly results?: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                readonly score: number | null;
                readonly answers: readonly (number | null)[];
              }[];
              readonly thingsToTalkAbout?: readonly string[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/checkin-schedule': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Whether check-ins open by themselves every week or month */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json':
              | {
                  /** @enum {string} */
                  readonly cadence: 'off';
                }
              | {
                  /** @enum {unknown} */
                  readonly cadence: 'weekly' | 'monthly';
                  /** @enum {unknown} */
                  readonly instrument: 'csi4' | 'csi16' | 'reciprocity';
                }
              | {
                  /** @enum {string} */
                  readonly cadence: 'off';
                  /** @description A schedule set before the CSI was for couples only: it no longer opens check-ins in this circle. */
                  readonly stopped: {
                    /** @enum {unknown} */
                    readonly cadence: 'weekly' | 'monthly';
                    /** @enum {unknown} */
                    readonly instrument: 'csi4' | 'csi16' | 'reciprocity';
                    /** @enum {string} */
                    readonly code: 'not_for_circle_kind';
                  };
                };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    /** Open a check-in every week or month (UTC periods), or stop */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json':
            | {
                /** @enum {string} */
                readonly cadence: 'off';
              }
            | {
                /** @enum {unknown} */
                readonly cadence: 'weekly' | 'monthly';
                /** @enum {unknown} */
                readonly instrument: 'csi4' | 'csi16' | 'reciprocity';
              };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json':
              | {
                  /** @enum {string} */
                  readonly cadence: 'off';
                }
              | {
                  /** @enum {unknown} */
                  readonly cadence: 'weekly' | 'monthly';
                  /** @enum {unknown} */
                  readonly instrument: 'csi4' | 'csi16' | 'reciprocity';
                }
              | {
                  /** @enum {string} */
                  readonly cadence: 'off';
                  /** @description A schedule set before the CSI was for couples only: it no longer opens check-ins in this circle. */
                  readonly stopped: {
                    /** @enum {unknown} */
                    readonly cadence: 'weekly' | 'monthly';
                    /** @enum {unknown} */
                    readonly instrument: 'csi4' | 'csi16' | 'reciprocity';
                    /** @enum {string} */
                    readonly code: 'not_for_circle_kind';
                  };
                };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/checkins/{checkinId}/close': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Close a check-in (its opener; before everyone has answered, only after its period): answers are revealed to those who answered */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly checkinId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @enum {unknown} */
              readonly instrument: 'csi4' | 'csi16' | 'reciprocity';
              readonly instrumentVersion: number;
              /** @enum {unknown} */
              readonly status: 'open' | 'revealed' | 'closed';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly closedAt: string | null;
              readonly memberCount: number;
              readonly answeredCount: number;
              /** @description An opaque id. */
              readonly openedBy: string;
              readonly openedByMe: boolean;
              readonly closableByMe: boolean;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly closableFrom: string;
              readonly mine: {
                readonly answers: readonly number[];
                readonly scores: readonly number[];
                readonly total: number | null;
                readonly note: string | null;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly answeredAt: string;
              } | null;
              readonly showSupport: boolean;
              readonly results?: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                readonly score: number | null;
                readonly answers: readonly (number | null)[];
              }[];
              readonly thingsToTalkAbout?: readonly string[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/reflections': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Your own reflections, newest first, a page at a time */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description An opaque cursor: the `next` of the page before. A value this server did not make is refused (400). */
          readonly before?: string;
          /** @description How many items a page holds (30 unless asked, at most 100). */
          readonly limit?: number;
        };
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly reflections: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly circleId: string;
                readonly promptId: string | null;
                readonly text: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                /** @description Only for the writer: their own words suggest fear or harm; offer support. */
                readonly showSupport?: boolean;
              }[];
              /** @description Pass as `before` for the following page; null when this page is the last. */
              readonly next: string | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    /** Write a private reflection (only you will ever read it) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly text: string;
            /** @description An opaque id. */
            readonly promptId?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              readonly promptId: string | null;
              readonly text: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/reflections/{reflectionId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** One of your reflections (404 for anyone else) */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly reflectionId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              readonly promptId: string | null;
              readonly text: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    /** Delete one of your reflections */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly reflectionId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/needs': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Your needs and those others shared, newest first, a page at a time */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description An opaque cursor: the `next` of the page before. A value this server did not make is refused (400). */
          readonly before?: string;
          /** @description How many items a page holds (30 unless asked, at most 100). */
          readonly limit?: number;
        };
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly needs: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly circleId: string;
                /** @description An opaque id. */
                readonly authorMemberId: string;
                readonly starterId: string | null;
                readonly text: string;
                readonly shared: boolean;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                readonly thankedBy: readonly string[];
                /** @description Only for the writer: their own words suggest fear or harm; offer support. */
                readonly showSupport?: boolean;
              }[];
              /** @description Pass as `before` for the following page; null when this page is the last. */
              readonly next: string | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    /** Say a need; private unless shared */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly text: string;
            /** @description An opaque id. */
            readonly starterId?: string;
            readonly shared?: boolean;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly authorMemberId: string;
              readonly starterId: string | null;
              readonly text: string;
              readonly shared: boolean;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly thankedBy: readonly string[];
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/needs/{needId}/thanks': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** "Thank you for telling me" */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly needId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly authorMemberId: string;
              readonly starterId: string | null;
              readonly text: string;
              readonly shared: boolean;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly thankedBy: readonly string[];
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    /** Take back your "Thank you for telling me" (your own only) */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly needId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly authorMemberId: string;
              readonly starterId: string | null;
              readonly text: string;
              readonly shared: boolean;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly thankedBy: readonly string[];
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/needs/{needId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** Delete a need you wrote, with its thanks */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly needId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    /** Share a need you wrote, or make it private again */
    readonly patch: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly needId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /** @description true shares it with the circle; false makes it private again. */
            readonly shared: boolean;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly authorMemberId: string;
              readonly starterId: string | null;
              readonly text: string;
              readonly shared: boolean;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly thankedBy: readonly string[];
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/ruptures': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Ruptures, newest first, a page at a time, with who starts repair and how soon (over all of them) */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description An opaque cursor: the `next` of the page before. A value this server did not make is refused (400). */
          readonly before?: string;
          /** @description How many items a page holds (30 unless asked, at most 100). */
          readonly limit?: number;
        };
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly ruptures: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly circleId: string;
                /** @description An opaque id. */
                readonly loggedByMemberId: string;
                readonly note: string | null;
                readonly notePrivate: boolean;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly occurredAt: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                readonly repairStartedAt: string | null;
                readonly repairedAt: string | null;
                readonly involvedMemberIds: readonly string[];
                readonly repairedBy: readonly string[];
                readonly startedByMemberId: string | null;
                readonly secondsToRepair: number | null;
                /** @description Only for the writer: their own words suggest fear or harm; offer support. */
                readonly showSupport?: boolean;
              }[];
              /** @description Pass as `before` for the following page; null when this page is the last. */
              readonly next: string | null;
              readonly stats: {
                readonly ruptures: number;
                readonly repaired: number;
                readonly startedShares: readonly {
                  /** @description An opaque id. */
                  readonly memberId: string;
                  readonly started: number;
                  readonly share: number;
                }[];
                readonly medianSecondsToRepair: number | null;
                readonly withinGoalShare: number | null;
              };
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    /** Log a rupture (the note may be private) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /** @description A few words about what happened. Needed unless `reachOut` is true: a blank form logs nothing. */
            readonly note?: string;
            /** @description true: log it and say "Let's reset" in one go (one tap after a heated moment); the note may then be left out. */
            readonly reachOut?: boolean;
            readonly notePrivate?: boolean;
            /**
             * Format: date-time
             * @description ISO-8601 date and time.
             */
            readonly at?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly loggedByMemberId: string;
              readonly note: string | null;
              readonly notePrivate: boolean;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly occurredAt: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly repairStartedAt: string | null;
              readonly repairedAt: string | null;
              readonly involvedMemberIds: readonly string[];
              readonly repairedBy: readonly string[];
              readonly startedByMemberId: string | null;
              readonly secondsToRepair: number | null;
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/ruptures/{ruptureId}/reset': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** "Let's reset": reach out to repair */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly ruptureId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly loggedByMemberId: string;
              readonly note: string | null;
              readonly notePrivate: boolean;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly occurredAt: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly repairStartedAt: string | null;
              readonly repairedAt: string | null;
              readonly involvedMemberIds: readonly string[];
              readonly repairedBy: readonly string[];
              readonly startedByMemberId: string | null;
              readonly secondsToRepair: number | null;
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/ruptures/{ruptureId}/repair': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** "Repaired for me": repaired (repairedAt, secondsToRepair) once every member involved has said it */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly ruptureId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly loggedByMemberId: string;
              readonly note: string | null;
              readonly notePrivate: boolean;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly occurredAt: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly repairStartedAt: string | null;
              readonly repairedAt: string | null;
              readonly involvedMemberIds: readonly string[];
              readonly repairedBy: readonly string[];
              readonly startedByMemberId: string | null;
              readonly secondsToRepair: number | null;
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/ruptures/{ruptureId}/note': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** Remove the note of a rupture you logged (the rupture and its repair stay) */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly ruptureId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly loggedByMemberId: string;
              readonly note: string | null;
              readonly notePrivate: boolean;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly occurredAt: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly repairStartedAt: string | null;
              readonly repairedAt: string | null;
              readonly involvedMemberIds: readonly string[];
              readonly repairedBy: readonly string[];
              readonly startedByMemberId: string | null;
              readonly secondsToRepair: number | null;
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/ruptures/{ruptureId}/guide': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The guided repair: your answers, and everyone's once all have finished */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly ruptureId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly ruptureId: string;
              /**
               * @description `revealed` once everyone in the rupture has finished.
               * @enum {unknown}
               */
              readonly status: 'open' | 'revealed';
              /** @description Who is in it: the members who can say "repaired for me". */
              readonly involvedMemberIds: readonly string[];
              /** @description Those of them who have finished. */
              readonly finishedBy: readonly string[];
              /** @description Someone in it says "not yet" (never who). */
              readonly notYet: boolean;
              /** @description While someone says "not yet": when the guide suggests coming back. */
              readonly comeBackAt: string | null;
              /** @description Your own answers, or null before you saved any. */
              readonly mine: {
                /**
                 * @description "Are you calm enough to talk?": `ready`, or `not_yet`.
                 * @enum {unknown}
                 */
                readonly pause: 'ready' | 'not_yet';
                /** @description What happened, as I saw it. */
                readonly saw: string;
                /** @description My part in it. */
                readonly myPart: string;
                /** @description What I needed. */
                readonly needed: string;
                /** @description What would help now. */
                readonly wouldHelp: string;
                /** @description One small thing I propose we agree on. */
                readonly agreement: string;
                readonly agreesWith: readonly string[];
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly updatedAt: string;
                readonly finishedAt: string | null;
              } | null;
              /** @description Everyone’s answers, once everyone has finished; absent before. */
              readonly answers?: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                /** @description What happened, as I saw it. */
                readonly saw: string;
                /** @description My part in it. */
                readonly myPart: string;
                /** @description What I needed. */
                readonly needed: string;
                /** @description What would help now. */
                readonly wouldHelp: string;
                /** @description One small thing I propose we agree on. */
                readonly agreement: string;
              }[];
              /** @description Each written proposal, once revealed. */
              readonly agreements?: readonly {
                /** @description An opaque id. */
                readonly proposedBy: string;
                /** @description Its author, and those in on it. */
                readonly agreedBy: readonly string[];
                /** @description Everyone in the rupture is in on it. */
                readonly agreed: boolean;
              }[];
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/ruptures/{ruptureId}/guide/answers': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    /** Save your own answers (private until everyone has finished; 409 after) */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly ruptureId: string;
        };
        readonly cookie?: never;
      };
      /** @description All of your answers; they replace the ones you saved before. Allowed until everyone has finished. */
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /**
             * @description "Are you calm enough to talk?": `ready`, or `not_yet`.
             * @enum {unknown}
             */
            readonly pause: 'ready' | 'not_yet';
            /** @description What happened, as I saw it. */
            readonly saw: string;
            /** @description My part in it. */
            readonly myPart: string;
            /** @description What I needed. */
            readonly needed: string;
            /** @description What would help now. */
            readonly wouldHelp: string;
            /** @description One small thing I propose we agree on. */
            readonly agreement: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly ruptureId: string;
              /**
               * @description `revealed` once everyone in the rupture has finished.
               * @enum {unknown}
               */
              readonly status: 'open' | 'revealed';
              /** @description Who is in it: the members who can say "repaired for me". */
              readonly involvedMemberIds: readonly string[];
              /** @description Those of them who have finished. */
              readonly finishedBy: readonly string[];
              /** @description Someone in it says "not yet" (never who). */
              readonly notYet: boolean;
              /** @description While someone says "not yet": when the guide suggests coming back. */
              readonly comeBackAt: string | null;
              /** @description Your own answers, or null before you saved any. */
              readonly mine: {
                /**
                 * @description "Are you calm enough to talk?": `ready`, or `not_yet`.
                 * @enum {unknown}
                 */
                readonly pause: 'ready' | 'not_yet';
                /** @description What happened, as I saw it. */
                readonly saw: string;
                /** @description My part in it. */
                readonly myPart: string;
                /** @description What I needed. */
                readonly needed: string;
                /** @description What would help now. */
                readonly wouldHelp: string;
                /** @description One small thing I propose we agree on. */
                readonly agreement: string;
                readonly agreesWith: readonly string[];
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly updatedAt: string;
                readonly finishedAt: string | null;
              } | null;
              /** @description Everyone’s answers, once everyone has finished; absent before. */
              readonly answers?: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                /** @description What happened, as I saw it. */
                readonly saw: string;
                /** @description My part in it. */
                readonly myPart: string;
                /** @description What I needed. */
                readonly needed: string;
                /** @description What would help now. */
                readonly wouldHelp: string;
                /** @description One small thing I propose we agree on. */
                readonly agreement: string;
              }[];
              /** @description Each written proposal, once revealed. */
              readonly agreements?: readonly {
                /** @description An opaque id. */
                readonly proposedBy: string;
                /** @description Its author, and those in on it. */
                readonly agreedBy: readonly string[];
                /** @description Everyone in the rupture is in on it. */
                readonly agreed: boolean;
              }[];
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/ruptures/{ruptureId}/guide/finish': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Say you are done (needs "ready" and one written step); revealed when everyone is */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly ruptureId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly ruptureId: string;
              /**
               * @description `revealed` once everyone in the rupture has finished.
               * @enum {unknown}
               */
              readonly status: 'open' | 'revealed';
              /** @description Who is in it: the members who can say "repaired for me". */
              readonly involvedMemberIds: readonly string[];
              /** @description Those of them who have finished. */
              readonly finishedBy: readonly string[];
              /** @description Someone in it says "not yet" (never who). */
              readonly notYet: boolean;
              /** @description While someone says "not yet": when the guide suggests coming back. */
              readonly comeBackAt: string | null;
              /** @description Your own answers, or null before you saved any. */
              readonly mine: {
                /**
                 * @description "Are you calm enough to talk?": `ready`, or `not_yet`.
                 * @enum {unknown}
                 */
                readonly pause: 'ready' | 'not_yet';
                /** @description What happened, as I saw it. */
                readonly saw: string;
                /** @description My part in it. */
                readonly myPart: string;
                /** @description What I needed. */
                readonly needed: string;
                /** @description What would help now. */
                readonly wouldHelp: string;
                /** @description One small thing I propose we agree on. */
                readonly agreement: string;
                readonly agreesWith: readonly string[];
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly updatedAt: string;
                readonly finishedAt: string | null;
              } | null;
              /** @description Everyone’s answers, once everyone has finished; absent before. */
              readonly answers?: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                /** @description What happened, as I saw it. */
                readonly saw: string;
                /** @description My part in it. */
                readonly myPart: string;
                /** @description What I needed. */
                readonly needed: string;
                /** @description What would help now. */
                readonly wouldHelp: string;
                /** @description One small thing I propose we agree on. */
                readonly agreement: string;
              }[];
              /** @description Each written proposal, once revealed. */
              readonly agreements?: readonly {
                /** @description An opaque id. */
                readonly proposedBy: string;
                /** @description Its author, and those in on it. */
                readonly agreedBy: readonly string[];
                /** @description Everyone in the rupture is in on it. */
                readonly agreed: boolean;
              }[];
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/ruptures/{ruptureId}/guide/agreement': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    /** After the reveal: the proposed agreements you are in on */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly ruptureId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /** @description The members whose proposed agreement you are in on (your own counts by itself); replaces what you said before. */
            readonly agreeTo: readonly string[];
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly ruptureId: string;
              /**
               * @description `revealed` once everyone in the rupture has finished.
               * @enum {unknown}
               */
              readonly status: 'open' | 'revealed';
              /** @description Who is in it: the members who can say "repaired for me". */
              readonly involvedMemberIds: readonly string[];
              /** @description Those of them who have finished. */
              readonly finishedBy: readonly string[];
              /** @description Someone in it says "not yet" (never who). */
              readonly notYet: boolean;
              /** @description While someone says "not yet": when the guide suggests coming back. */
              readonly comeBackAt: string | null;
              /** @description Your own answers, or null before you saved any. */
              readonly mine: {
                /**
                 * @description "Are you calm enough to talk?": `ready`, or `not_yet`.
                 * @enum {unknown}
                 */
                readonly pause: 'ready' | 'not_yet';
                /** @description What happened, as I saw it. */
                readonly saw: string;
                /** @description My part in it. */
                readonly myPart: string;
                /** @description What I needed. */
                readonly needed: string;
                /** @description What would help now. */
                readonly wouldHelp: string;
                /** @description One small thing I propose we agree on. */
                readonly agreement: string;
                readonly agreesWith: readonly string[];
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly updatedAt: string;
                readonly finishedAt: string | null;
              } | null;
              /** @description Everyone’s answers, once everyone has finished; absent before. */
              readonly answers?: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                /** @description What happened, as I saw it. */
                readonly saw: string;
                /** @description My part in it. */
                readonly myPart: string;
                /** @description What I needed. */
                readonly needed: string;
                /** @description What would help now. */
                readonly wouldHelp: string;
                /** @description One small thing I propose we agree on. */
                readonly agreement: string;
              }[];
              /** @description Each written proposal, once revealed. */
              readonly agreements?: readonly {
                /** @description An opaque id. */
                readonly proposedBy: string;
                /** @description Its author, and those in on it. */
                readonly agreedBy: readonly string[];
                /** @description Everyone in the rupture is in on it. */
                readonly agreed: boolean;
              }[];
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/values': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Values conversations, newest first, a page at a time */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description An opaque cursor: the `next` of the page before. A value this server did not make is refused (400). */
          readonly before?: string;
          /** @description How many items a page holds (30 unless asked, at most 100). */
          readonly limit?: number;
        };
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly conversations: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @enum {unknown} */
                readonly status: 'open' | 'revealed' | 'closed';
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                readonly memberCount: number;
                readonly answeredCount: number;
                /** @description An opaque id. */
                readonly openedBy: string;
                readonly openedByMe: boolean;
                readonly closableByMe: boolean;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly closableFrom: string;
                readonly questions: readonly {
                  readonly id: string;
                  readonly topic: string;
                }[];
                readonly mine: {
                  readonly answers: readonly string[];
                  /**
                   * Format: date-time
                   * @description ISO-8601 date and time.
                   */
                  readonly answeredAt: string;
                } | null;
                readonly results?: readonly {
                  /** @description An opaque id. */
                  readonly memberId: string;
                  readonly answers: readonly string[];
                }[];
                readonly thingsToTalkAbout?: readonly string[];
                /** @description Only for the writer: their own words suggest fear or harm; offer support. */
                readonly showSupport?: boolean;
              }[];
              /** @description Pass as `before` for the following page; null when this page is the last. */
              readonly next: string | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    /** Start a values conversation; each member answers alone */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @enum {unknown} */
              readonly status: 'open' | 'revealed' | 'closed';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly memberCount: number;
              readonly answeredCount: number;
              /** @description An opaque id. */
              readonly openedBy: string;
              readonly openedByMe: boolean;
              readonly closableByMe: boolean;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly closableFrom: string;
              readonly questions: readonly {
                readonly id: string;
                readonly topic: string;
              }[];
              readonly mine: {
                readonly answers: readonly string[];
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly answeredAt: string;
              } | null;
              readonly results?: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                readonly answers: readonly string[];
              }[];
              readonly thingsToTalkAbout?: readonly string[];
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/values/{roundId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A values conversation: your answers, and everyone's once all have answered */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly roundId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @enum {unknown} */
              readonly status: 'open' | 'revealed' | 'closed';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly memberCount: number;
              readonly answeredCount: number;
              /** @description An opaque id. */
              readonly openedBy: string;
              readonly openedByMe: boolean;
              readonly closableByMe: boolean;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly closableFrom: string;
              readonly questions: readonly {
                readonly id: string;
                readonly topic: string;
              }[];
              readonly mine: {
                readonly answers: readonly string[];
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly answeredAt: string;
              } | null;
              readonly results?: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                readonly answers: readonly string[];
              }[];
              readonly thingsToTalkAbout?: readonly string[];
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/values/{roundId}/answers': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Answer, one text per question in order (empty to skip one) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly roundId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly answers: readonly string[];
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @enum {unknown} */
              readonly status: 'open' | 'revealed' | 'closed';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly memberCount: number;
              readonly answeredCount: number;
              /** @description An opaque id. */
              readonly openedBy: string;
              readonly openedByMe: boolean;
              readonly closableByMe: boolean;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly closableFrom: string;
              readonly questions: readonly {
                readonly id: string;
                readonly topic: string;
              }[];
              readonly mine: {
                readonly answers: readonly string[];
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly answeredAt: string;
              } | null;
              readonly results?: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                readonly answers: readonly string[];
              }[];
              readonly thingsToTalkAbout?: readonly string[];
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/values/{roundId}/close': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Close the conversation (its opener; before everyone has answered, only after its period): answers are revealed to those who answered */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly roundId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @enum {unknown} */
              readonly status: 'open' | 'revealed' | 'closed';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly memberCount: number;
              readonly answeredCount: number;
              /** @description An opaque id. */
              readonly openedBy: string;
              readonly openedByMe: boolean;
              readonly closableByMe: boolean;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly closableFrom: string;
              readonly questions: readonly {
                readonly id: string;
                readonly topic: string;
              }[];
              readonly mine: {
                readonly answers: readonly string[];
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly answeredAt: string;
              } | null;
              readonly results?: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                readonly answers: readonly string[];
              }[];
              readonly thingsToTalkAbout?: readonly string[];
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/review': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The month in review: acts, noticing, repairs and your check-ins, as numbers the reader’s language words */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description YYYY-MM (UTC); default this month */
          readonly month?: string;
        };
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly month: string;
              readonly from: string;
              readonly to: string;
              readonly acts: {
                readonly acts: number;
                readonly effort: number;
                readonly noticedRate: number | null;
                readonly pairs: readonly {
                  readonly fromMemberId: string;
                  readonly toMemberId: string;
                  readonly acts: number;
                  readonly effort: number;
                  readonly noticed: number;
                }[];
              };
              readonly previous: {
                readonly acts: number;
                readonly effort: number;
                readonly noticedRate: number | null;
                readonly pairs: readonly {
                  readonly fromMemberId: string;
                  readonly toMemberId: string;
                  readonly acts: number;
                  readonly effort: number;
                  readonly noticed: number;
                }[];
              };
              readonly repair: {
                readonly ruptures: number;
                readonly repaired: number;
                readonly startedShares: readonly {
                  readonly memberId: string;
                  readonly started: number;
                  readonly share: number;
                }[];
                readonly medianSecondsToRepair: number | null;
                readonly withinGoalShare: number | null;
              };
              readonly myCheckins: {
                readonly [key: string]: readonly (number | null)[];
              };
              readonly changes: {
                readonly acts: string;
                readonly noticedRate: string | null;
              };
            };
          };
        };
        /** @description Unchanged since the answer whose ETag was sent in If-None-Match */
        readonly 304: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/balance': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Balance per pair over 7, 30 or 90 days or with decay: bands, patterns, signs, fit, load, insights */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          readonly window?: '7' | '30' | '90' | 'decay';
        };
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @enum {unknown} */
              readonly window: 7 | 30 | 90 | 'decay';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly now: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly from: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly to: string;
              readonly halfLifeDays: number;
              readonly pairs: readonly ({
                /** @description An opaque id. */
                readonly fromMemberId: string;
                /** @description An opaque id. */
                readonly toMemberId: string;
                readonly index: number;
                /** @enum {unknown} */
                readonly band: 'in_rhythm' | 'leaning' | 'one_sided';
                readonly thin: boolean;
                /** @enum {unknown} */
                readonly pattern: 'balanced' | 'generalized' | 'negative' | 'not_enough_data';
                readonly given: {
                  readonly acts: number;
                  readonly effort: number;
                };
                readonly received: {
                  readonly acts: number;
                  readonly effort: number;
                };
                /** @description Effort per form of care, both ways; every form is present. */
                readonly byForm: {
                  readonly practical: {
                    readonly given: number;
                    readonly received: number;
                  };
                  readonly emotional: {
                    readonly given: number;
                    readonly received: number;
                  };
                  readonly communication: {
                    readonly given: number;
                    readonly received: number;
                  };
                  readonly affection: {
                    readonly given: number;
                    readonly received: number;
                  };
                  readonly intimacy: {
                    readonly given: number;
                    readonly received: number;
                  };
                  readonly quality_time: {
                    readonly given: number;
                    readonly received: number;
                  };
                  readonly respect: {
                    readonly given: number;
                    readonly received: number;
                  };
                  readonly repair: {
                    readonly given: number;
                    readonly received: number;
                  };
                  readonly healing: {
                    readonly given: number;
                    readonly received: number;
                  };
                  readonly future: {
                    readonly given: number;
                    readonly received: number;
                  };
                  readonly appreciation: {
                    readonly given: number;
                    readonly received: number;
                  };
                  readonly mental_load: {
                    readonly given: number;
                    readonly received: number;
                  };
                };
                readonly noticedRate: number | null;
                readonly fit: {
                  readonly [key: string]: unknown;
                } | null;
                /** @description A season of the member who gives less, overlapping the view; caps the band at leaning. */
                readonly season: {
                  /** @description An opaque id. */
                  readonly id: string;
                  /** @description An opaque id. */
                  readonly memberId: string;
                  /** @enum {unknown} */
                  readonly kind:
                    | 'illness'
                    | 'new_baby'
                    | 'exams'
                    | 'grief'
                    | 'move'
                    | 'work'
                    | 'caregiving'
                    | 'other';
                } | null;
              } & {
                readonly [key: string]: unknown;
              })[];
              readonly matrix: {
                readonly memberIds: readonly string[];
                readonly effort: readonly (readonly number[])[];
              };
              readonly loadShares: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                readonly effort: number;
                readonly share: number;
                readonly household: {
                  readonly effort: number;
                  readonly share: number;
                };
                readonly emotional: {
                  readonly effort: number;
                  readonly share: number;
                };
              }[];
              readonly gini: number;
              readonly insights: readonly {
                /** @description What stands out, as a stable kind (docs/analytics.md); the reader’s language words it from its members and evidence. */
                readonly kind: string;
                readonly memberIds: readonly string[];
                readonly evidence: {
                  readonly [key: string]: number | string | null;
                };
              }[];
            };
          };
        };
        /** @description Unchanged since the answer whose ETag was sent in If-None-Match */
        readonly 304: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/balance/series': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Every pair's balance over time: rolling windows ending now, oldest first */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          readonly points?: number;
          readonly stepDays?: number;
          readonly windowDays?: 7 | 30 | 90;
        };
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly now: string;
              readonly stepDays: number;
              readonly windowDays: number;
              readonly pairs: readonly {
                /** @description An opaque id. */
                readonly fromMemberId: string;
                /** @description An opaque id. */
                readonly toMemberId: string;
                readonly points: readonly {
                  /**
                   * Format: date-time
                   * @description ISO-8601 date and time.
                   */
                  readonly from: string;
                  /**
                   * Format: date-time
                   * @description ISO-8601 date and time.
                   */
                  readonly to: string;
                  readonly index: number;
                  /** @enum {unknown} */
                  readonly band: 'in_rhythm' | 'leaning' | 'one_sided';
                  readonly given: {
                    readonly acts: number;
                    readonly effort: number;
                  };
                  readonly received: {
                    readonly acts: number;
                    readonly effort: number;
                  };
                  readonly seasonId: string | null;
                }[];
              }[];
            };
          };
        };
        /** @description Unchanged since the answer whose ETag was sent in If-None-Match */
        readonly 304: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/seasons': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Seasons of the circle, oldest first, a page at a time */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description An opaque cursor: the `next` of the page before. A value this server did not make is refused (400). */
          readonly before?: string;
          /** @description How many items a page holds (30 unless asked, at most 100). */
          readonly limit?: number;
        };
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly seasons: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly circleId: string;
                /** @description An opaque id. */
                readonly memberId: string;
                /** @enum {unknown} */
                readonly kind:
                  | 'illness'
                  | 'new_baby'
                  | 'exams'
                  | 'grief'
                  | 'move'
                  | 'work'
                  | 'caregiving'
                  | 'other';
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly startsAt: string;
                readonly endsAt: string | null;
                readonly note: string | null;
                /** @description An opaque id. */
                readonly createdByMemberId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                /** @enum {unknown} */
                readonly status: 'active' | 'suggested';
              }[];
              /** @description Pass as `before` for the following page; null when this page is the last. */
              readonly next: string | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    /** Declare your own season (active), or suggest one for another member (suggested until they accept); at most 180 days, the default end */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /** @description An opaque id. */
            readonly memberId: string;
            /** @enum {unknown} */
            readonly kind:
              'illness' | 'new_baby' | 'exams' | 'grief' | 'move' | 'work' | 'caregiving' | 'other';
            /**
             * Format: date-time
             * @description ISO-8601 date and time.
             */
            readonly startsAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time.
             */
            readonly endsAt?: string;
            readonly note?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly memberId: string;
              /** @enum {unknown} */
              readonly kind:
                | 'illness'
                | 'new_baby'
                | 'exams'
                | 'grief'
                | 'move'
                | 'work'
                | 'caregiving'
                | 'other';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly startsAt: string;
              readonly endsAt: string | null;
              readonly note: string | null;
              /** @description An opaque id. */
              readonly createdByMemberId: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              /** @enum {unknown} */
              readonly status: 'active' | 'suggested';
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/seasons/{seasonId}/end': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** End your own season now */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly seasonId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly memberId: string;
              /** @enum {unknown} */
              readonly kind:
                | 'illness'
                | 'new_baby'
                | 'exams'
                | 'grief'
                | 'move'
                | 'work'
                | 'caregiving'
                | 'other';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly startsAt: string;
              readonly endsAt: string | null;
              readonly note: string | null;
              /** @description An opaque id. */
              readonly createdByMemberId: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              /** @enum {unknown} */
              readonly status: 'active' | 'suggested';
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/seasons/{seasonId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** Delete your own season, or take back a suggestion you made */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly seasonId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    /** Change your own season: kind, note or end (renew: an end at most 180 days from today) */
    readonly patch: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly seasonId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /** @enum {unknown} */
            readonly kind?:
              'illness' | 'new_baby' | 'exams' | 'grief' | 'move' | 'work' | 'caregiving' | 'other';
            readonly note?: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time.
             */
            readonly endsAt?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly memberId: string;
              /** @enum {unknown} */
              readonly kind:
                | 'illness'
                | 'new_baby'
                | 'exams'
                | 'grief'
                | 'move'
                | 'work'
                | 'caregiving'
                | 'other';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly startsAt: string;
              readonly endsAt: string | null;
              readonly note: string | null;
              /** @description An opaque id. */
              readonly createdByMemberId: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              /** @enum {unknown} */
              readonly status: 'active' | 'suggested';
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/seasons/{seasonId}/accept': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Accept a season another member suggested for you */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly seasonId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly memberId: string;
              /** @enum {unknown} */
              readonly kind:
                | 'illness'
                | 'new_baby'
                | 'exams'
                | 'grief'
                | 'move'
                | 'work'
                | 'caregiving'
                | 'other';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly startsAt: string;
              readonly endsAt: string | null;
              readonly note: string | null;
              /** @description An opaque id. */
              readonly createdByMemberId: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              /** @enum {unknown} */
              readonly status: 'active' | 'suggested';
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    /** Take back accepting a season someone suggested for you: it is a suggestion again */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly seasonId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly memberId: string;
              /** @enum {unknown} */
              readonly kind:
                | 'illness'
                | 'new_baby'
                | 'exams'
                | 'grief'
                | 'move'
                | 'work'
                | 'caregiving'
                | 'other';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly startsAt: string;
              readonly endsAt: string | null;
              readonly note: string | null;
              /** @description An opaque id. */
              readonly createdByMemberId: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              /** @enum {unknown} */
              readonly status: 'active' | 'suggested';
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/seasons/{seasonId}/decline': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Decline a season another member suggested for you (it is deleted) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly seasonId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/me/care-languages': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The care languages you value, most valued first */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly ranked: readonly (
                'words' | 'acts' | 'time' | 'touch' | 'gifts' | 'loyalty' | 'reliability' | 'space'
              )[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    /** Rank the care languages you value (each once, most valued first) */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly ranked: readonly string[];
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly ranked: readonly (
                'words' | 'acts' | 'time' | 'touch' | 'gifts' | 'loyalty' | 'reliability' | 'space'
              )[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/load-catalogue': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The built-in catalogue of responsibilities
     * @description With `kind`, only the items a circle of that kind is offered (friends and teams get no household chores).
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          readonly kind?: 'couple' | 'family' | 'friends' | 'team';
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly catalogue: readonly {
                /** @description Stable; also the i18n key of the title. */
                readonly id: string;
                readonly title: string;
                /** @enum {unknown} */
                readonly area:
                  | 'home'
                  | 'children'
                  | 'money'
                  | 'health'
                  | 'social'
                  | 'family'
                  | 'admin'
                  | 'emotional';
                /** @enum {unknown} */
                readonly frequency:
                  'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly' | 'occasional';
                /**
                 * @description effort from 1 (small) to 3 (big)
                 * @enum {unknown}
                 */
                readonly effort: 1 | 2 | 3;
              }[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/responsibilities': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The circle's responsibilities, oldest first, a page at a time */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description An opaque cursor: the `next` of the page before. A value this server did not make is refused (400). */
          readonly before?: string;
          /** @description How many items a page holds (30 unless asked, at most 100). */
          readonly limit?: number;
        };
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly responsibilities: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly circleId: string;
                readonly title: string;
                /** @enum {unknown} */
                readonly area:
                  | 'home'
                  | 'children'
                  | 'money'
                  | 'health'
                  | 'social'
                  | 'family'
                  | 'admin'
                  | 'emotional';
                /** @enum {unknown} */
                readonly frequency:
                  'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly' | 'occasional';
                /**
                 * @description effort from 1 (small) to 3 (big)
                 * @enum {unknown}
                 */
                readonly effort: 1 | 2 | 3;
                readonly catalogueId: string | null;
                readonly owners: {
                  readonly notice: string | null;
                  readonly plan: string | null;
                  readonly do: string | null;
                  readonly followUp: string | null;
                };
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly updatedAt: string;
              }[];
              /** @description Pass as `before` for the following page; null when this page is the last. */
              readonly next: string | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    /** Add a responsibility (owners per stage; a stage may be unowned) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly title: string;
            /** @enum {unknown} */
            readonly area:
              | 'home'
              | 'children'
              | 'money'
              | 'health'
              | 'social'
              | 'family'
              | 'admin'
              | 'emotional';
            /** @enum {unknown} */
            readonly frequency:
              'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly' | 'occasional';
            /**
             * @description effort from 1 (small) to 3 (big)
             * @enum {unknown}
             */
            readonly effort: 1 | 2 | 3;
            readonly owners?: {
              readonly notice?: string | null;
              readonly plan?: string | null;
              readonly do?: string | null;
              readonly followUp?: string | null;
            };
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              readonly title: string;
              /** @enum {unknown} */
              readonly area:
                | 'home'
                | 'children'
                | 'money'
                | 'health'
                | 'social'
                | 'family'
                | 'admin'
                | 'emotional';
              /** @enum {unknown} */
              readonly frequency:
                'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly' | 'occasional';
              /**
               * @description effort from 1 (small) to 3 (big)
               * @enum {unknown}
               */
              readonly effort: 1 | 2 | 3;
              readonly catalogueId: string | null;
              readonly owners: {
                readonly notice: string | null;
                readonly plan: string | null;
                readonly do: string | null;
                readonly followUp: string | null;
              };
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly updatedAt: string;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/responsibilities/catalogue': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Add items of the built-in catalogue, unowned */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly ids: readonly string[];
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly responsibilities: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly circleId: string;
                readonly title: string;
                /** @enum {unknown} */
                readonly area:
                  | 'home'
                  | 'children'
                  | 'money'
                  | 'health'
                  | 'social'
                  | 'family'
                  | 'admin'
                  | 'emotional';
                /** @enum {unknown} */
                readonly frequency:
                  'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly' | 'occasional';
                /**
                 * @description effort from 1 (small) to 3 (big)
                 * @enum {unknown}
                 */
                readonly effort: 1 | 2 | 3;
                readonly catalogueId: string | null;
                readonly owners: {
                  readonly notice: string | null;
                  readonly plan: string | null;
                  readonly do: string | null;
                  readonly followUp: string | null;
                };
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly updatedAt: string;
              }[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/responsibilities/{responsibilityId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** Remove a responsibility (those it concerns; anyone while nobody carries it) */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly responsibilityId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    /** Change details (those it concerns) or take on a stage nobody carries; stages someone carries move only by hand-over */
    readonly patch: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly responsibilityId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly title?: string;
            /** @enum {unknown} */
            readonly area?:
              | 'home'
              | 'children'
              | 'money'
              | 'health'
              | 'social'
              | 'family'
              | 'admin'
              | 'emotional';
            /** @enum {unknown} */
            readonly frequency?:
              'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly' | 'occasional';
            /**
             * @description effort from 1 (small) to 3 (big)
             * @enum {unknown}
             */
            readonly effort?: 1 | 2 | 3;
            readonly owners?: {
              readonly notice?: string | null;
              readonly plan?: string | null;
              readonly do?: string | null;
              readonly followUp?: string | null;
            };
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              readonly title: string;
              /** @enum {unknown} */
              readonly area:
                | 'home'
                | 'children'
                | 'money'
                | 'health'
                | 'social'
                | 'family'
                | 'admin'
                | 'emotional';
              /** @enum {unknown} */
              readonly frequency:
                'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly' | 'occasional';
              /**
               * @description effort from 1 (small) to 3 (big)
               * @enum {unknown}
               */
              readonly effort: 1 | 2 | 3;
              readonly catalogueId: string | null;
              readonly owners: {
                readonly notice: string | null;
                readonly plan: string | null;
                readonly do: string | null;
                readonly followUp: string | null;
              };
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly updatedAt: string;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/responsibilities/{responsibilityId}/own': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** "I'll take this": every stage to you, in one tap, when nobody else carries any of them */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly responsibilityId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              readonly title: string;
              /** @enum {unknown} */
              readonly area:
                | 'home'
                | 'children'
                | 'money'
                | 'health'
                | 'social'
                | 'family'
                | 'admin'
                | 'emotional';
              /** @enum {unknown} */
              readonly frequency:
                'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly' | 'occasional';
              /**
               * @description effort from 1 (small) to 3 (big)
               * @enum {unknown}
               */
              readonly effort: 1 | 2 | 3;
              readonly catalogueId: string | null;
              readonly owners: {
                readonly notice: string | null;
                readonly plan: string | null;
                readonly do: string | null;
                readonly followUp: string | null;
              };
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly updatedAt: string;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/responsibilities/{responsibilityId}/release': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Give back stages you carry, so nobody carries them: how "I'll take this" is taken back */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly responsibilityId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly stages: readonly ('notice' | 'plan' | 'do' | 'followUp')[];
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              readonly title: string;
              /** @enum {unknown} */
              readonly area:
                | 'home'
                | 'children'
                | 'money'
                | 'health'
                | 'social'
                | 'family'
                | 'admin'
                | 'emotional';
              /** @enum {unknown} */
              readonly frequency:
                'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly' | 'occasional';
              /**
               * @description effort from 1 (small) to 3 (big)
               * @enum {unknown}
               */
              readonly effort: 1 | 2 | 3;
              readonly catalogueId: string | null;
              readonly owners: {
                readonly notice: string | null;
                readonly plan: string | null;
                readonly do: string | null;
                readonly followUp: string | null;
              };
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly updatedAt: string;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/load': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Load shares (visible and invisible), Gini, what each thinks they carry, suggested hand-overs */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly mine: {
                readonly perceivedShare: number | null;
                readonly prefers: readonly (
                  | 'home'
                  | 'children'
                  | 'money'
                  | 'health'
                  | 'social'
                  | 'family'
                  | 'admin'
                  | 'emotional'
                )[];
                readonly cannot: readonly (
                  | 'home'
                  | 'children'
                  | 'money'
                  | 'health'
                  | 'social'
                  | 'family'
                  | 'admin'
                  | 'emotional'
                )[];
              };
              readonly members: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                readonly share: number;
                readonly invisibleShare: number;
                readonly load: number;
                readonly invisibleLoad: number;
              }[];
              readonly gini: number;
              readonly unownedLoad: number;
              readonly perceived: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                readonly perceived: number | null;
                readonly inventory: number;
              }[];
              readonly suggestions: readonly {
                /** @description An opaque id. */
                readonly responsibilityId: string;
                /** @enum {unknown} */
                readonly stage: 'notice' | 'plan' | 'do' | 'followUp';
                /** @description An opaque id. */
                readonly fromMemberId: string;
                /** @description An opaque id. */
                readonly toMemberId: string;
                readonly giniBefore: number;
                readonly giniAfter: number;
              }[];
            };
          };
        };
        /** @description Unchanged since the answer whose ETag was sent in If-None-Match */
        readonly 304: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/load/me': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    /** What you think you carry (0–100), and areas you prefer or cannot take on */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly perceivedShare?: number | null;
            readonly prefers?: readonly (
              'home' | 'children' | 'money' | 'health' | 'social' | 'family' | 'admin' | 'emotional'
            )[];
            readonly cannot?: readonly (
              'home' | 'children' | 'money' | 'health' | 'social' | 'family' | 'admin' | 'emotional'
            )[];
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly memberId: string;
              readonly perceivedShare: number | null;
              readonly prefers: readonly (
                | 'home'
                | 'children'
                | 'money'
                | 'health'
                | 'social'
                | 'family'
                | 'admin'
                | 'emotional'
              )[];
              readonly cannot: readonly (
                | 'home'
                | 'children'
                | 'money'
                | 'health'
                | 'social'
                | 'family'
                | 'admin'
                | 'emotional'
              )[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/handovers': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Hand-overs, newest first, a page at a time */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description An opaque cursor: the `next` of the page before. A value this server did not make is refused (400). */
          readonly before?: string;
          /** @description How many items a page holds (30 unless asked, at most 100). */
          readonly limit?: number;
        };
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly handovers: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly circleId: string;
                /** @description An opaque id. */
                readonly responsibilityId: string;
                /** @enum {unknown} */
                readonly stage: 'notice' | 'plan' | 'do' | 'followUp';
                /** @description An opaque id. */
                readonly fromMemberId: string;
                /** @description An opaque id. */
                readonly toMemberId: string;
                /** @description An opaque id. */
                readonly proposedByMemberId: string;
                /** @enum {unknown} */
                readonly status: 'proposed' | 'accepted' | 'declined';
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                readonly decidedAt: string | null;
              }[];
              /** @description Pass as `before` for the following page; null when this page is the last. */
              readonly next: string | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    /** Propose handing over one stage */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /** @description An opaque id. */
            readonly responsibilityId: string;
            /** @enum {unknown} */
            readonly stage: 'notice' | 'plan' | 'do' | 'followUp';
            /** @description An opaque id. */
            readonly toMemberId: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly responsibilityId: string;
              /** @enum {unknown} */
              readonly stage: 'notice' | 'plan' | 'do' | 'followUp';
              /** @description An opaque id. */
              readonly fromMemberId: string;
              /** @description An opaque id. */
              readonly toMemberId: string;
              /** @description An opaque id. */
              readonly proposedByMemberId: string;
              /** @enum {unknown} */
              readonly status: 'proposed' | 'accepted' | 'declined';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly decidedAt: string | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/handovers/{handoverId}/answer': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** Take back your answer to a hand-over (the other person only): it is proposed again, and an accepted stage goes back */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly handoverId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly responsibilityId: string;
              /** @enum {unknown} */
              readonly stage: 'notice' | 'plan' | 'do' | 'followUp';
              /** @description An opaque id. */
              readonly fromMemberId: string;
              /** @description An opaque id. */
              readonly toMemberId: string;
              /** @description An opaque id. */
              readonly proposedByMemberId: string;
              /** @enum {unknown} */
              readonly status: 'proposed' | 'accepted' | 'declined';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly decidedAt: string | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/handovers/{handoverId}/accept': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Accept a hand-over (the other person only) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly handoverId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly responsibilityId: string;
              /** @enum {unknown} */
              readonly stage: 'notice' | 'plan' | 'do' | 'followUp';
              /** @description An opaque id. */
              readonly fromMemberId: string;
              /** @description An opaque id. */
              readonly toMemberId: string;
              /** @description An opaque id. */
              readonly proposedByMemberId: string;
              /** @enum {unknown} */
              readonly status: 'proposed' | 'accepted' | 'declined';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly decidedAt: string | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/handovers/{handoverId}/decline': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Decline a hand-over (the other person only) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly handoverId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly responsibilityId: string;
              /** @enum {unknown} */
              readonly stage: 'notice' | 'plan' | 'do' | 'followUp';
              /** @description An opaque id. */
              readonly fromMemberId: string;
              /** @description An opaque id. */
              readonly toMemberId: string;
              /** @description An opaque id. */
              readonly proposedByMemberId: string;
              /** @enum {unknown} */
              readonly status: 'proposed' | 'accepted' | 'declined';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly decidedAt: string | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/rituals': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Rituals with their next time and gentle rhythm, oldest first, a page at a time */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description An opaque cursor: the `next` of the page before. A value this server did not make is refused (400). */
          readonly before?: string;
          /** @description How many items a page holds (30 unless asked, at most 100). */
          readonly limit?: number;
        };
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly rituals: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly circleId: string;
                /** @enum {unknown} */
                readonly kind:
                  | 'nightly_checkin'
                  | 'appreciation'
                  | 'weekly_checkin'
                  | 'monthly_family_checkin'
                  | 'team_feedback'
                  | 'get_together'
                  | 'custom';
                readonly title: string;
                readonly rrule: string;
                readonly time: string;
                readonly timezone: string;
                readonly memberIds: readonly string[];
                readonly startsOn: string;
                /** @description An opaque id. */
                readonly createdByMemberId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                readonly nextAt: string | null;
                readonly rhythm: {
                  readonly done: number;
                  readonly of: number;
                  readonly recentRun: number;
                };
              }[];
              /** @description Pass as `before` for the following page; null when this page is the last. */
              readonly next: string | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    /** Start a ritual with an iCalendar schedule, a local time and time zone */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /** @enum {unknown} */
            readonly kind:
              | 'nightly_checkin'
              | 'appreciation'
              | 'weekly_checkin'
              | 'monthly_family_checkin'
              | 'team_feedback'
              | 'get_together'
              | 'custom';
            readonly title?: string;
            /** @description iCalendar RRULE, e.g. FREQ=WEEKLY;BYDAY=SU */
            readonly rrule: string;
            /** @description local time, HH:MM (24-hour) */
            readonly time: string;
            /** @description IANA time zone, e.g. Europe/London */
            readonly timezone: string;
            readonly memberIds?: readonly string[];
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @enum {unknown} */
              readonly kind:
                | 'nightly_checkin'
                | 'appreciation'
                | 'weekly_checkin'
                | 'monthly_family_checkin'
                | 'team_feedback'
                | 'get_together'
                | 'custom';
              readonly title: string;
              readonly rrule: string;
              readonly time: string;
              readonly timezone: string;
              readonly memberIds: readonly string[];
              readonly startsOn: string;
              /** @description An opaque id. */
              readonly createdByMemberId: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly nextAt: string | null;
              readonly rhythm: {
                readonly done: number;
                readonly of: number;
                readonly recentRun: number;
              };
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/rituals/{ritualId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** Stop a ritual you take part in */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly ritualId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    /** Change a ritual you take part in: any of its name, kind, schedule, time, time zone, or whether you take part */
    readonly patch: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly ritualId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /** @enum {unknown} */
            readonly kind?:
              | 'nightly_checkin'
              | 'appreciation'
              | 'weekly_checkin'
              | 'monthly_family_checkin'
              | 'team_feedback'
              | 'get_together'
              | 'custom';
            readonly title?: string;
            /** @description iCalendar RRULE, e.g. FREQ=WEEKLY;BYDAY=SU */
            readonly rrule?: string;
            /** @description local time, HH:MM (24-hour) */
            readonly time?: string;
            /** @description IANA time zone, e.g. Europe/London */
            readonly timezone?: string;
            readonly memberIds?: readonly string[];
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @enum {unknown} */
              readonly kind:
                | 'nightly_checkin'
                | 'appreciation'
                | 'weekly_checkin'
                | 'monthly_family_checkin'
                | 'team_feedback'
                | 'get_together'
                | 'custom';
              readonly title: string;
              readonly rrule: string;
              readonly time: string;
              readonly timezone: string;
              readonly memberIds: readonly string[];
              readonly startsOn: string;
              /** @description An opaque id. */
              readonly createdByMemberId: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly nextAt: string | null;
              readonly rhythm: {
                readonly done: number;
                readonly of: number;
                readonly recentRun: number;
              };
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/rituals/{ritualId}/completions': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** "We did it" */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly ritualId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @enum {unknown} */
              readonly kind:
                | 'nightly_checkin'
                | 'appreciation'
                | 'weekly_checkin'
                | 'monthly_family_checkin'
                | 'team_feedback'
                | 'get_together'
                | 'custom';
              readonly title: string;
              readonly rrule: string;
              readonly time: string;
              readonly timezone: string;
              readonly memberIds: readonly string[];
              readonly startsOn: string;
              /** @description An opaque id. */
              readonly createdByMemberId: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly nextAt: string | null;
              readonly rhythm: {
                readonly done: number;
                readonly of: number;
                readonly recentRun: number;
              };
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/rituals/{ritualId}/completions/latest': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** Take back your latest "We did it" for this ritual (your own only) */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly ritualId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @enum {unknown} */
              readonly kind:
                | 'nightly_checkin'
                | 'appreciation'
                | 'weekly_checkin'
                | 'monthly_family_checkin'
                | 'team_feedback'
                | 'get_together'
                | 'custom';
              readonly title: string;
              readonly rrule: string;
              readonly time: string;
              readonly timezone: string;
              readonly memberIds: readonly string[];
              readonly startsOn: string;
              /** @description An opaque id. */
              readonly createdByMemberId: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly nextAt: string | null;
              readonly rhythm: {
                readonly done: number;
                readonly of: number;
                readonly recentRun: number;
              };
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/me/notifications': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Your reminder channels, quiet hours and time zone */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly email: boolean;
              readonly push: boolean;
              readonly quietHours: {
                readonly from: string;
                readonly to: string;
              } | null;
              readonly timezone: string;
              readonly emailAvailable: boolean;
              /** @description For every kind of update, whether it comes by push and by email. Every update is shown in the app either way. */
              readonly updates: readonly {
                /**
                 * @description The kind of update.
                 * @enum {unknown}
                 */
                readonly kind:
                  | 'invitation_accepted'
                  | 'member_admitted'
                  | 'welcome'
                  | 'removed_from_circle'
                  | 'act_questioned'
                  | 'season_suggested'
                  | 'season_answered'
                  | 'handover_proposed'
                  | 'handover_answered'
                  | 'responsibility_changed'
                  | 'responsibility_removed'
                  | 'ritual_changed'
                  | 'ritual_stopped'
                  | 'reset_requested'
                  | 'rupture_waiting'
                  | 'rupture_repaired'
                  | 'repair_guide_waiting'
                  | 'repair_guide_revealed'
                  | 'need_shared'
                  | 'checkin_opened'
                  | 'checkin_waiting'
                  | 'checkin_ready'
                  | 'values_opened'
                  | 'values_waiting'
                  | 'values_ready'
                  | 'act_noticed'
                  | 'question_answered';
                /** @description Sent by web push to your devices. */
                readonly push: boolean;
                /** @description Sent by email to your confirmed address. */
                readonly email: boolean;
              }[];
              /** @description The most pushes about updates you get in a day ("let’s reset" aside); later ones come together, as one, the next morning. */
              readonly updatePushesPerDay: number;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    /** Choose channels, quiet hours and time zone */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly email: boolean;
            readonly push: boolean;
            readonly quietHours?: {
              /** @description local time, HH:MM (24-hour) */
              readonly from: string;
              /** @description local time, HH:MM (24-hour) */
              readonly to: string;
            } | null;
            /** @description IANA time zone, e.g. Europe/London */
            readonly timezone?: string;
            /** @description Choices for some kinds (each kind at most once); the others stay as they are. */
            readonly updates?: readonly {
              /** @enum {unknown} */
              readonly kind:
                | 'invitation_accepted'
                | 'member_admitted'
                | 'welcome'
                | 'removed_from_circle'
                | 'act_questioned'
                | 'season_suggested'
                | 'season_answered'
                | 'handover_proposed'
                | 'handover_answered'
                | 'responsibility_changed'
                | 'responsibility_removed'
                | 'ritual_changed'
                | 'ritual_stopped'
                | 'reset_requested'
                | 'rupture_waiting'
                | 'rupture_repaired'
                | 'repair_guide_waiting'
                | 'repair_guide_revealed'
                | 'need_shared'
                | 'checkin_opened'
                | 'checkin_waiting'
                | 'checkin_ready'
                | 'values_opened'
                | 'values_waiting'
                | 'values_ready'
                | 'act_noticed'
                | 'question_answered';
              readonly push: boolean;
              readonly email: boolean;
            }[];
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly email: boolean;
              readonly push: boolean;
              readonly quietHours: {
                readonly from: string;
                readonly to: string;
              } | null;
              readonly timezone: string;
              readonly emailAvailable: boolean;
              /** @description For every kind of update, whether it comes by push and by email. Every update is shown in the app either way. */
              readonly updates: readonly {
                /**
                 * @description The kind of update.
                 * @enum {unknown}
                 */
                readonly kind:
                  | 'invitation_accepted'
                  | 'member_admitted'
                  | 'welcome'
                  | 'removed_from_circle'
                  | 'act_questioned'
                  | 'season_suggested'
                  | 'season_answered'
                  | 'handover_proposed'
                  | 'handover_answered'
                  | 'responsibility_changed'
                  | 'responsibility_removed'
                  | 'ritual_changed'
                  | 'ritual_stopped'
                  | 'reset_requested'
                  | 'rupture_waiting'
                  | 'rupture_repaired'
                  | 'repair_guide_waiting'
                  | 'repair_guide_revealed'
                  | 'need_shared'
                  | 'checkin_opened'
                  | 'checkin_waiting'
                  | 'checkin_ready'
                  | 'values_opened'
                  | 'values_waiting'
                  | 'values_ready'
                  | 'act_noticed'
                  | 'question_answered';
                /** @description Sent by web push to your devices. */
                readonly push: boolean;
                /** @description Sent by email to your confirmed address. */
                readonly email: boolean;
              }[];
              /** @description The most pushes about updates you get in a day ("let’s reset" aside); later ones come together, as one, the next morning. */
              readonly updatePushesPerDay: number;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/me/notifications/test': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Send yourself a test reminder on every chosen channel that can carry it, and learn what went where (queued; answered at once; a few per 10 minutes) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description What the test reminder does on each channel */
        readonly 202: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly push: {
                /** @description sending: queued for each device with a push subscription; no_device: push is chosen but no device has subscribed, nothing queued; not_chosen: push is off */
                readonly status: 'sending' | 'no_device' | 'not_chosen';
                /** @description Devices the test reminder goes to */
                readonly devices: number;
              };
              readonly email: {
                /** @description sending: queued to the confirmed address; unconfirmed: the address is not confirmed yet; not_configured: this server cannot send email; not_chosen: email is off */
                readonly status: 'sending' | 'unconfirmed' | 'not_configured' | 'not_chosen';
              };
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 429: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/push/public-key': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The VAPID public key for push subscriptions */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly publicKey: string;
            };
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/me/push-subscriptions': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The addresses of your push subscriptions (one per device) */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly subscriptions: readonly {
                readonly endpoint: string;
              }[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    /** Save this browser’s push subscription (an https: endpoint whose host has public addresses) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly endpoint: string;
            readonly expirationTime?: number | null;
            readonly keys: {
              readonly p256dh: string;
              readonly auth: string;
            };
          };
        };
      };
      readonly responses: {
        /** @description Saved; the answer has no body. */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 503: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    /** Forget a push subscription of yours */
    readonly delete: {
      readonly parameters: {
        readonly query: {
          readonly endpoint: string;
        };
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/me/calendar': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The secret address of your ritual calendar feed */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly url: string;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    /** Revoke your calendar feed address (a new one is made on request) */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/calendar/{file}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A calendar feed (iCalendar), by its secret address */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly file: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description An iCalendar file (RFC 5545) of your rituals */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'text/calendar': string;
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/chat-summaries': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Chat summaries saved to the circle, newest first, a page at a time */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description An opaque cursor: the `next` of the page before. A value this server did not make is refused (400). */
          readonly before?: string;
          /** @description How many items a page holds (30 unless asked, at most 100). */
          readonly limit?: number;
        };
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly summaries: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly circleId: string;
                /** @description An opaque id. */
                readonly memberId: string;
                readonly summary: {
                  /** @enum {unknown} */
                  readonly format: 'whatsapp' | 'telegram' | 'messenger';
                  readonly messages: number;
                  readonly people: number;
                  readonly first: string | null;
                  readonly last: string | null;
                  readonly rhythm: {
                    /** @enum {unknown} */
                    readonly talk: 'none' | 'thin' | 'shared' | 'one_side';
                    /** @enum {unknown} */
                    readonly starts: 'none' | 'thin' | 'shared' | 'one_side';
                    /** @enum {unknown} */
                    readonly questions: 'none' | 'thin' | 'shared' | 'one_side';
                    /** @enum {unknown} */
                    readonly thanks: 'none' | 'thin' | 'shared' | 'one_side';
                    /** @enum {unknown} */
                    readonly repair: 'none' | 'thin' | 'shared' | 'one_side';
                    /** @enum {unknown} */
                    readonly replyPace: 'minutes' | 'hour' | 'day' | 'longer' | 'unknown';
                    /** @enum {unknown} */
                    readonly replyBalance: 'even' | 'uneven' | 'unknown';
                    readonly lately: {
                      readonly weeks: number;
                      /** @enum {unknown} */
                      readonly talk: 'none' | 'thin' | 'shared' | 'one_side';
                      /** @enum {unknown} */
                      readonly starts: 'none' | 'thin' | 'shared' | 'one_side';
                    } | null;
                  };
                };
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
              }[];
              /** @description Pass as `before` for the following page; null when this page is the last. */
              readonly next: string | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    /** Save the rhythm of a chat analysed on your device (never the chat, nobody's numbers) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /** @enum {unknown} */
            readonly format: 'whatsapp' | 'telegram' | 'messenger';
            readonly messages: number;
            readonly people: number;
            readonly first: string | null;
            readonly last: string | null;
            readonly rhythm: {
              /** @enum {unknown} */
              readonly talk: 'none' | 'thin' | 'shared' | 'one_side';
              /** @enum {unknown} */
              readonly starts: 'none' | 'thin' | 'shared' | 'one_side';
              /** @enum {unknown} */
              readonly questions: 'none' | 'thin' | 'shared' | 'one_side';
              /** @enum {unknown} */
              readonly thanks: 'none' | 'thin' | 'shared' | 'one_side';
              /** @enum {unknown} */
              readonly repair: 'none' | 'thin' | 'shared' | 'one_side';
              /** @enum {unknown} */
              readonly replyPace: 'minutes' | 'hour' | 'day' | 'longer' | 'unknown';
              /** @enum {unknown} */
              readonly replyBalance: 'even' | 'uneven' | 'unknown';
              readonly lately: {
                readonly weeks: number;
                /** @enum {unknown} */
                readonly talk: 'none' | 'thin' | 'shared' | 'one_side';
                /** @enum {unknown} */
                readonly starts: 'none' | 'thin' | 'shared' | 'one_side';
              } | null;
            };
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description An opaque id. */
              readonly memberId: string;
              readonly summary: {
                /** @enum {unknown} */
                readonly format: 'whatsapp' | 'telegram' | 'messenger';
                readonly messages: number;
                readonly people: number;
                readonly first: string | null;
                readonly last: string | null;
                readonly rhythm: {
                  /** @enum {unknown} */
                  readonly talk: 'none' | 'thin' | 'shared' | 'one_side';
                  /** @enum {unknown} */
                  readonly starts: 'none' | 'thin' | 'shared' | 'one_side';
                  /** @enum {unknown} */
                  readonly questions: 'none' | 'thin' | 'shared' | 'one_side';
                  /** @enum {unknown} */
                  readonly thanks: 'none' | 'thin' | 'shared' | 'one_side';
                  /** @enum {unknown} */
                  readonly repair: 'none' | 'thin' | 'shared' | 'one_side';
                  /** @enum {unknown} */
                  readonly replyPace: 'minutes' | 'hour' | 'day' | 'longer' | 'unknown';
                  /** @enum {unknown} */
                  readonly replyBalance: 'even' | 'uneven' | 'unknown';
                  readonly lately: {
                    readonly weeks: number;
                    /** @enum {unknown} */
                    readonly talk: 'none' | 'thin' | 'shared' | 'one_side';
                    /** @enum {unknown} */
                    readonly starts: 'none' | 'thin' | 'shared' | 'one_side';
                  } | null;
                };
              };
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/chat-summaries/{summaryId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** Delete a chat summary you saved */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly summaryId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/leave': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Leave a circle: what you wrote there is deleted; acts stay as "a former member" */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/me/updates': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Your updates, newest first, a page at a time, with how many are unread */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description An opaque cursor: the `next` of the page before. A value this server did not make is refused (400). */
          readonly before?: string;
          /** @description How many items a page holds (30 unless asked, at most 100). */
          readonly limit?: number;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description Newest first. */
              readonly updates: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /**
                 * @description What happened.
                 * @enum {unknown}
                 */
                readonly kind:
                  | 'invitation_accepted'
                  | 'member_admitted'
                  | 'welcome'
                  | 'removed_from_circle'
                  | 'act_questioned'
                  | 'season_suggested'
                  | 'season_answered'
                  | 'handover_proposed'
                  | 'handover_answered'
                  | 'responsibility_changed'
                  | 'responsibility_removed'
                  | 'ritual_changed'
                  | 'ritual_stopped'
                  | 'reset_requested'
                  | 'rupture_waiting'
                  | 'rupture_repaired'
                  | 'repair_guide_waiting'
                  | 'repair_guide_revealed'
                  | 'need_shared'
                  | 'checkin_opened'
                  | 'checkin_waiting'
                  | 'checkin_ready'
                  | 'values_opened'
                  | 'values_waiting'
                  | 'values_ready'
                  | 'act_noticed'
                  | 'question_answered';
                /** @description An opaque id. */
                readonly circleId: string;
                /** @description The circle’s name; null once the circle is gone. */
                readonly circleName: string | null;
                /** @description The member (or request to join) who acted. */
                readonly actorMemberId: string | null;
                /** @description Their name; null once they have left, or when nobody acted. */
                readonly actorName: string | null;
                /** @description What the update is about: an act, a season, a ritual… */
                readonly subjectId: string | null;
                /** @description For answers: accepted or declined. */
                readonly detail: ('accepted' | 'declined') | null;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                /** @description When you marked it read. */
                readonly readAt: string | null;
              }[];
              /** @description How many of all your updates are unread. */
              readonly unread: number;
              /** @description Pass as `before` for the following page; null when this page is the last. */
              readonly next: string | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/me/updates/read': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Mark some of your updates read, or all of them */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path?: never;
        readonly cookie?: never;
      };
      /** @description Some of your updates by id, or all of them. */
      readonly requestBody: {
        readonly content: {
          readonly 'application/json':
            | {
                readonly ids: readonly string[];
              }
            | {
                /** @enum {boolean} */
                readonly all: true;
              };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly unread: number;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/question': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Today's question for the circle: who has answered, your answer, and everyone's once all asked have answered */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description A calendar day, YYYY-MM-DD, in the circle’s time zone. */
              readonly date: string;
              /** @description A question of recipro’s bank (stable): the reader’s language words it by id. */
              readonly id: string;
              /**
               * @description What the question is about.
               * @enum {unknown}
               */
              readonly theme:
                | 'exchanges'
                | 'values'
                | 'culture'
                | 'care'
                | 'memories'
                | 'hopes'
                | 'appreciation'
                | 'repair';
              /**
               * @description A light question, or a deeper one.
               * @enum {unknown}
               */
              readonly depth: 'light' | 'deeper';
              /** @description The time zone the circle’s day is counted in: its first ritual’s, else its keeper’s reminder settings’, else UTC. */
              readonly timeZone: string;
              /**
               * @description `revealed` once everyone asked today has answered.
               * @enum {unknown}
               */
              readonly status: 'open' | 'revealed';
              /** @description Members who have answered, in the order they joined the circle. */
              readonly answeredBy: readonly string[];
              /** @description Members asked today who have not answered yet. */
              readonly waitingFor: readonly string[];
              /** @description False for someone who joined after today’s question was asked: they may answer, but the answers never wait for them. */
              readonly askedOfMe: boolean;
              /** @description “Another question” is possible: once a day, before anyone has answered. */
              readonly canSwap: boolean;
              /** @description Today’s question was chosen by “another question”. */
              readonly swapped: boolean;
              readonly myAnswer?: {
                readonly text: string;
                /** Format: date-time */
                readonly answeredAt: string;
              };
              /** @description Everyone’s answers: only once revealed, and only to a member who answered. */
              readonly answers?: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                /** @description Exactly as its writer wrote it. */
                readonly text: string;
              }[];
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/question/answer': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Answer today's question (once) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /** @description Your answer, stored exactly as sent. */
            readonly text: string;
            /** @description The question you answered, as you saw it; when today’s question is another one by now, nothing is saved (409). */
            readonly questionId?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description A calendar day, YYYY-MM-DD, in the circle’s time zone. */
              readonly date: string;
              /** @description A question of recipro’s bank (stable): the reader’s language words it by id. */
              readonly id: string;
              /**
               * @description What the question is about.
               * @enum {unknown}
               */
              readonly theme:
                | 'exchanges'
                | 'values'
                | 'culture'
                | 'care'
                | 'memories'
                | 'hopes'
                | 'appreciation'
                | 'repair';
              /**
               * @description A light question, or a deeper one.
               * @enum {unknown}
               */
              readonly depth: 'light' | 'deeper';
              /** @description The time zone the circle’s day is counted in: its first ritual’s, else its keeper’s reminder settings’, else UTC. */
              readonly timeZone: string;
              /**
               * @description `revealed` once everyone asked today has answered.
               * @enum {unknown}
               */
              readonly status: 'open' | 'revealed';
              /** @description Members who have answered, in the order they joined the circle. */
              readonly answeredBy: readonly string[];
              /** @description Members asked today who have not answered yet. */
              readonly waitingFor: readonly string[];
              /** @description False for someone who joined after today’s question was asked: they may answer, but the answers never wait for them. */
              readonly askedOfMe: boolean;
              /** @description “Another question” is possible: once a day, before anyone has answered. */
              readonly canSwap: boolean;
              /** @description Today’s question was chosen by “another question”. */
              readonly swapped: boolean;
              readonly myAnswer?: {
                readonly text: string;
                /** Format: date-time */
                readonly answeredAt: string;
              };
              /** @description Everyone’s answers: only once revealed, and only to a member who answered. */
              readonly answers?: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                /** @description Exactly as its writer wrote it. */
                readonly text: string;
              }[];
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/question/swap': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** “Another question”: once a day for the circle, before anyone has answered */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /** @description Today’s question as you saw it. */
            readonly questionId: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description A calendar day, YYYY-MM-DD, in the circle’s time zone. */
              readonly date: string;
              /** @description A question of recipro’s bank (stable): the reader’s language words it by id. */
              readonly id: string;
              /**
               * @description What the question is about.
               * @enum {unknown}
               */
              readonly theme:
                | 'exchanges'
                | 'values'
                | 'culture'
                | 'care'
                | 'memories'
                | 'hopes'
                | 'appreciation'
                | 'repair';
              /**
               * @description A light question, or a deeper one.
               * @enum {unknown}
               */
              readonly depth: 'light' | 'deeper';
              /** @description The time zone the circle’s day is counted in: its first ritual’s, else its keeper’s reminder settings’, else UTC. */
              readonly timeZone: string;
              /**
               * @description `revealed` once everyone asked today has answered.
               * @enum {unknown}
               */
              readonly status: 'open' | 'revealed';
              /** @description Members who have answered, in the order they joined the circle. */
              readonly answeredBy: readonly string[];
              /** @description Members asked today who have not answered yet. */
              readonly waitingFor: readonly string[];
              /** @description False for someone who joined after today’s question was asked: they may answer, but the answers never wait for them. */
              readonly askedOfMe: boolean;
              /** @description “Another question” is possible: once a day, before anyone has answered. */
              readonly canSwap: boolean;
              /** @description Today’s question was chosen by “another question”. */
              readonly swapped: boolean;
              readonly myAnswer?: {
                readonly text: string;
                /** Format: date-time */
                readonly answeredAt: string;
              };
              /** @description Everyone’s answers: only once revealed, and only to a member who answered. */
              readonly answers?: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                /** @description Exactly as its writer wrote it. */
                readonly text: string;
              }[];
              /** @description Only for the writer: their own words suggest fear or harm; offer support. */
              readonly showSupport?: boolean;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/questions': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Past days whose answers were read together, newest first, a page at a time */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description An opaque cursor: the `next` of the page before. A value this server did not make is refused (400). */
          readonly before?: string;
          /** @description How many items a page holds (30 unless asked, at most 100). */
          readonly limit?: number;
        };
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description Days whose answers were read together, newest first. */
              readonly days: readonly {
                /** @description A calendar day, YYYY-MM-DD, in the circle’s time zone. */
                readonly date: string;
                /** @description A question of recipro’s bank (stable): the reader’s language words it by id. */
                readonly id: string;
                /**
                 * @description What the question is about.
                 * @enum {unknown}
                 */
                readonly theme:
                  | 'exchanges'
                  | 'values'
                  | 'culture'
                  | 'care'
                  | 'memories'
                  | 'hopes'
                  | 'appreciation'
                  | 'repair';
                /**
                 * @description A light question, or a deeper one.
                 * @enum {unknown}
                 */
                readonly depth: 'light' | 'deeper';
                readonly answers: readonly {
                  /** @description An opaque id. */
                  readonly memberId: string;
                  /** @description Exactly as its writer wrote it. */
                  readonly text: string;
                }[];
              }[];
              /** @description Pass as `before` for the following page; null when this page is the last. */
              readonly next: string | null;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/me/export': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Everything you can see, as one JSON file (format: /api/export.schema.json) */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /**
               * @description Always "recipro-export": what this file is.
               * @enum {string}
               */
              readonly format: 'recipro-export';
              /**
               * @description The version of this format; a change that breaks readers raises it.
               * @enum {number}
               */
              readonly version: 3;
              /**
               * Format: date-time
               * @description When the file was made (UTC).
               */
              readonly exportedAt: string;
              /** @description Your account. */
              readonly account: {
                /** @description Who you are (your password is never exported). */
                readonly user: {
                  /** @description Your user id. */
                  readonly id: string;
                  /** @description Your email address. */
                  readonly email: string;
                  /** @description Your name. */
                  readonly name: string;
                  /** @description Whether you confirmed your email address by a link sent to it. */
                  readonly emailConfirmed: boolean;
                  /** @description A new address waiting for you to confirm it, if any. */
                  readonly pendingEmail: string | null;
                  /** @description Whether you finished the first steps after signing up (done), set them aside (skipped), or not yet (open). */
                  readonly firstRun: 'open' | 'skipped' | 'done';
                  /** @description The language you chose for recipro (a code such as "es"), or null if none. */
                  readonly locale: ('en' | 'es' | 'hi' | 'ar') | null;
                  /**
                   * Format: date-time
                   * @description When the account was made.
                   */
                  readonly createdAt: string;
                };
                /** @description The care languages you value receiving, most valued first. */
                readonly careLanguages: readonly (
                  | 'words'
                  | 'acts'
                  | 'time'
                  | 'touch'
                  | 'gifts'
                  | 'loyalty'
                  | 'reliability'
                  | 'space'
                )[];
                /** @description Your reminder settings (the secret addresses of your calendar feed and unsubscribe link are not exported). */
                readonly notifications: {
                  /** @description Whether reminders come by email. */
                  readonly email: boolean;
                  /** @description Whether reminders come by web push. */
                  readonly push: boolean;
                  /** @description Hours in which no reminder is sent, or null. */
                  readonly quietHours: {
                    /** @description Start, HH:MM local time. */
                    readonly from: string;
                    /** @description End, HH:MM local time. */
                    readonly to: string;
                  } | null;
                  /** @description Your IANA time zone. */
                  readonly timezone: string;
                  /** @description Whether the server could send email when you exported. */
                  readonly emailAvailable: boolean;
                  /** @description For each kind of update, how it reaches you besides the app (your choice or its default). */
                  readonly updates: readonly {
                    /**
                     * @description The kind of update, e.g. "reset_requested".
                     * @enum {unknown}
                     */
                    readonly kind:
                      | 'invitation_accepted'
                      | 'member_admitted'
                      | 'welcome'
                      | 'removed_from_circle'
                      | 'act_questioned'
                      | 'season_suggested'
                      | 'season_answered'
                      | 'handover_proposed'
                      | 'handover_answered'
                      | 'responsibility_changed'
                      | 'responsibility_removed'
                      | 'ritual_changed'
                      | 'ritual_stopped'
                      | 'reset_requested'
                      | 'rupture_waiting'
                      | 'rupture_repaired'
                      | 'repair_guide_waiting'
                      | 'repair_guide_revealed'
                      | 'need_shared'
                      | 'checkin_opened'
                      | 'checkin_waiting'
                      | 'checkin_ready'
                      | 'values_opened'
                      | 'values_waiting'
                      | 'values_ready'
                      | 'act_noticed'
                      | 'question_answered';
                    /** @description Whether it comes by web push. */
                    readonly push: boolean;
                    /** @description Whether it comes by email. */
                    readonly email: boolean;
                  }[];
                  /** @description The most pushes about updates in a day ("let’s reset" aside); later ones come together the next morning. */
                  readonly updatePushesPerDay: number;
                };
                /** @description Devices that receive your push reminders (their keys are not exported). */
                readonly pushSubscriptions: readonly {
                  /** @description The push service's address for the device. */
                  readonly endpoint: string;
                  /**
                   * Format: date-time
                   * @description When the device subscribed.
                   */
                  readonly createdAt: string;
                }[];
                /** @description What you were told of others in your circles, newest first (no words anyone wrote). */
                readonly updates: readonly {
                  /** @description The update's id. */
                  readonly id: string;
                  /**
                   * @description What happened, e.g. "handover_proposed" or "act_questioned".
                   * @enum {unknown}
                   */
                  readonly kind:
                    | 'invitation_accepted'
                    | 'member_admitted'
                    | 'welcome'
                    | 'removed_from_circle'
                    | 'act_questioned'
                    | 'season_suggested'
                    | 'season_answered'
                    | 'handover_proposed'
                    | 'handover_answered'
                    | 'responsibility_changed'
                    | 'responsibility_removed'
                    | 'ritual_changed'
                    | 'ritual_stopped'
                    | 'reset_requested'
                    | 'rupture_waiting'
                    | 'rupture_repaired'
                    | 'repair_guide_waiting'
                    | 'repair_guide_revealed'
                    | 'need_shared'
                    | 'checkin_opened'
                    | 'checkin_waiting'
                    | 'checkin_ready'
                    | 'values_opened'
                    | 'values_waiting'
                    | 'values_ready'
                    | 'act_noticed'
                    | 'question_answered';
                  /** @description The circle it happened in. */
                  readonly circleId: string;
                  /** @description The circle's name, or null once the circle is gone. */
                  readonly circleName: string | null;
                  /** @description The member (or request to join) who acted, or null. */
                  readonly actorMemberId: string | null;
                  /** @description Their name, or null once they have left. */
                  readonly actorName: string | null;
                  /** @description The id of what it is about (an act, a season, a ritual…), or null. */
                  readonly subjectId: string | null;
                  /** @description For answers: "accepted" or "declined"; otherwise null. */
                  readonly detail: ('accepted' | 'declined') | null;
                  /**
                   * Format: date-time
                   * @description When it happened.
                   */
                  readonly createdAt: string;
                  /** @description When you marked it read, or null. */
                  readonly readAt: string | null;
                }[];
              };
              /** @description Each circle you are in, with everything you can see there. */
              readonly circles: readonly {
                /** @description The circle and its members. */
                readonly circle: {
                  /** @description The circle's id. */
                  readonly id: string;
                  /** @description The circle's name. */
                  readonly name: string;
                  /**
                   * @description What kind of circle it is: couple, family, friends or team.
                   * @enum {unknown}
                   */
                  readonly kind: 'couple' | 'family' | 'friends' | 'team';
                  /**
                   * Format: date-time
                   * @description When the circle was made.
                   */
                  readonly createdAt: string;
                  /** @description Your own member id in this circle. */
                  readonly myMemberId: string;
                  /** @description The current members of the circle, in the order they joined. */
                  readonly members: readonly {
                    /** @description The member id, used by every other part of this circle. */
                    readonly id: string;
                    /** @description The name the member goes by in this circle. */
                    readonly name: string;
                    /**
                     * Format: date-time
                     * @description When they joined.
                     */
                    readonly joinedAt: string;
                  }[];
                  /** @description People who left the circle; acts given or received by them stay, from or to "a former member". */
                  readonly formerMembers: readonly {
                    /** @description The member id they had, which acts may still name. */
                    readonly id: string;
                    /**
                     * Format: date-time
                     * @description When they left.
                     */
                    readonly leftAt: string;
                  }[];
                  /** @description The keeper's member id: may remove members (not in a couple) and hand the role on. */
                  readonly keeperMemberId: string | null;
                  /** @description People who accepted an invitation and wait for a member to let them in. */
                  readonly pendingMembers: readonly {
                    /** @description The member id they will have once let in. */
                    readonly id: string;
                    /** @description The name they gave. */
                    readonly name: string;
                    /**
                     * Format: date-time
                     * @description When they asked to join.
                     */
                    readonly requestedAt: string;
                  }[];
                };
                /** @description Every act of care in the circle, newest first. */
                readonly acts: readonly {
                  /** @description The act's id. */
                  readonly id: string;
                  /** @description The circle it belongs to. */
                  readonly circleId: string;
                  /** @description Who gave it. A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly fromMemberId: string;
                  /** @description Who received it. A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly toMemberId: string;
                  /**
                   * @description The form of care, e.g. practical, emotional, mental_load.
                   * @enum {unknown}
                   */
                  readonly form:
                    | 'practical'
                    | 'emotional'
                    | 'communication'
                    | 'affection'
                    | 'intimacy'
                    | 'quality_time'
                    | 'respect'
                    | 'repair'
                    | 'healing'
                    | 'future'
                    | 'appreciation'
                    | 'mental_load';
                  /**
                   * @description Effort from 1 (small) to 3 (big).
                   * @enum {unknown}
                   */
                  readonly effort: 1 | 2 | 3;
                  /** @description The note written with it, exactly as written, or null. */
                  readonly note: string | null;
                  /**
                   * Format: date-time
                   * @description When the care happened.
                   */
                  readonly at: string;
                  /**
                   * Format: date-time
                   * @description When it was logged.
                   */
                  readonly createdAt: string;
                  /** @description When the receiver said "I noticed", or null. */
                  readonly noticedAt: string | null;
                  /** @description When the receiver said "I don’t recognise this", or null; a questioned act is out of the balance until its giver changes it. */
                  readonly questionedAt: string | null;
                  /** @description True when it was logged more than 7 days after the care happened. */
                  readonly lateEntry: boolean;
                }[];
                /** @description Your own private reflections, newest first (nobody else ever reads them). */
                readonly reflections: readonly {
                  /** @description The reflection's id. */
                  readonly id: string;
                  /** @description The circle it belongs to. */
                  readonly circleId: string;
                  /** @description The prompt you answered, or null. */
                  readonly promptId: string | null;
                  /** @description What you wrote. */
                  readonly text: string;
                  /**
                   * Format: date-time
                   * @description When you wrote it.
                   */
                  readonly createdAt: string;
                }[];
                /** @description Your needs, and those others chose to share, newest first. */
                readonly needs: readonly {
                  /** @description The need's id. */
                  readonly id: string;
                  /** @description The circle it belongs to. */
                  readonly circleId: string;
                  /** @description Who said it. A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly authorMemberId: string;
                  /** @description The sentence starter used, or null. */
                  readonly starterId: string | null;
                  /** @description The need, as written. */
                  readonly text: string;
                  /** @description Whether its author shared it with the circle. */
                  readonly shared: boolean;
                  /**
                   * Format: date-time
                   * @description When it was said.
                   */
                  readonly createdAt: string;
                  /** @description Who said "thank you for telling me". A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly thankedBy: readonly string[];
                }[];
                /** @description Check-ins, newest first. */
                readonly checkins: readonly {
                  /** @description The check-in's id. */
                  readonly id: string;
                  /**
                   * @description The questionnaire: csi4, csi16 or reciprocity (recipro’s own).
                   * @enum {unknown}
                   */
                  readonly instrument: 'csi4' | 'csi16' | 'reciprocity';
                  /** @description The version of the questionnaire it was answered with. */
                  readonly instrumentVersion: number;
                  /**
                   * @description open (answers still hidden), revealed (everyone has answered) or closed (what was answered is shown).
                   * @enum {unknown}
                   */
                  readonly status: 'open' | 'revealed' | 'closed';
                  /**
                   * Format: date-time
                   * @description When it opened.
                   */
                  readonly createdAt: string;
                  /** @description When a member closed it, or null. */
                  readonly closedAt: string | null;
                  /** @description How many members were in the circle when it opened. */
                  readonly memberCount: number;
                  /** @description How many of them have answered. */
                  readonly answeredCount: number;
                  /** @description Who opened it. A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly openedBy: string;
                  /** @description Whether you opened it. */
                  readonly openedByMe: boolean;
                  /** @description Whether you may close it before everyone has answered: its opener may, or once they have left the circle, any member who was there when it opened. */
                  readonly closableByMe: boolean;
                  /**
                   * Format: date-time
                   * @description From when it may be closed before everyone has answered.
                   */
                  readonly closableFrom: string;
                  /** @description Your own answers, or null when you did not answer. */
                  readonly mine: {
                    /** @description The position (from 0) of the option you chose for each item, in item order. */
                    readonly answers: readonly number[];
                    /** @description The score of each item (empty when support was shown instead of scores). */
                    readonly scores: readonly number[];
                    /** @description Your total score, or null (no total for this questionnaire, or support shown). */
                    readonly total: number | null;
                    /** @description The note you added, or null. */
                    readonly note: string | null;
                    /**
                     * Format: date-time
                     * @description When you answered.
                     */
                    readonly answeredAt: string;
                  } | null;
                  /** @description Everyone’s answers side by side; present once revealed or closed. Private items are null. */
                  readonly results?: readonly {
                    /** @description Whose answers. A member id of this circle (see circle.members; a missing id is a former member). */
                    readonly memberId: string;
                    /** @description Their total, or null when it is not shown. */
                    readonly score: number | null;
                    /** @description Their chosen positions per item; null for an item that stays private. */
                    readonly answers: readonly (number | null)[];
                  }[];
                  /** @description For the reciprocity questions: areas where more than one says they carry more. */
                  readonly thingsToTalkAbout?: readonly string[];
                }[];
                /** @description Values conversations, newest first. */
                readonly valuesConversations: readonly {
                  /** @description The conversation's id. */
                  readonly id: string;
                  /**
                   * @description open (answers still hidden), revealed (everyone has answered) or closed.
                   * @enum {unknown}
                   */
                  readonly status: 'open' | 'revealed' | 'closed';
                  /**
                   * Format: date-time
                   * @description When it started.
                   */
                  readonly createdAt: string;
                  /** @description How many members were in the circle when it started. */
                  readonly memberCount: number;
                  /** @description How many of them have answered. */
                  readonly answeredCount: number;
                  /** @description Who opened it. A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly openedBy: string;
                  /** @description Whether you opened it. */
                  readonly openedByMe: boolean;
                  /** @description Whether you may close it before everyone has answered: its opener may, or once they have left the circle, any member who was there when it opened. */
                  readonly closableByMe: boolean;
                  /**
                   * Format: date-time
                   * @description From when it may be closed before everyone has answered.
                   */
                  readonly closableFrom: string;
                  /** @description The questions, in order. */
                  readonly questions: readonly {
                    /** @description The question's id in recipro's values questions (its words are the app's, in your language). */
                    readonly id: string;
                    /** @description What the question is about. */
                    readonly topic: string;
                  }[];
                  /** @description Your own answers, or null when you did not answer. */
                  readonly mine: {
                    /** @description Your answer to each question, in order (empty text: skipped). */
                    readonly answers: readonly string[];
                    /**
                     * Format: date-time
                     * @description When you answered.
                     */
                    readonly answeredAt: string;
                  } | null;
                  /** @description Everyone’s answers; present once revealed or closed. */
                  readonly results?: readonly {
                    /** @description Whose answers. A member id of this circle (see circle.members; a missing id is a former member). */
                    readonly memberId: string;
                    /** @description Their answer to each question, in order. */
                    readonly answers: readonly string[];
                  }[];
                  /** @description Topics more than one person answered. */
                  readonly thingsToTalkAbout?: readonly string[];
                }[];
                /** @description Ruptures and their repair, newest first. */
                readonly ruptures: readonly {
                  /** @description The rupture's id. */
                  readonly id: string;
                  /** @description The circle it belongs to. */
                  readonly circleId: string;
                  /** @description Who logged it. A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly loggedByMemberId: string;
                  /** @description The note, or null (none, or private to the one who wrote it). */
                  readonly note: string | null;
                  /** @description Whether the note is private to the one who logged it. */
                  readonly notePrivate: boolean;
                  /**
                   * Format: date-time
                   * @description When it happened.
                   */
                  readonly occurredAt: string;
                  /**
                   * Format: date-time
                   * @description When it was logged.
                   */
                  readonly createdAt: string;
                  /** @description When someone first reached out to repair, or null. */
                  readonly repairStartedAt: string | null;
                  /** @description When the last person involved said "repaired for me", or null. */
                  readonly repairedAt: string | null;
                  /** @description Who was in the circle when it happened and still is. A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly involvedMemberIds: readonly string[];
                  /** @description Who has said "repaired for me". A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly repairedBy: readonly string[];
                  /** @description Who reached out first, or null. A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly startedByMemberId: string | null;
                  /** @description Seconds from the rupture to its repair, or null. */
                  readonly secondsToRepair: number | null;
                }[];
                /** @description The guided repairs ("Talk it through") you answered, newest rupture first. */
                readonly repairGuides: readonly {
                  /** @description The rupture it is about (see ruptures). */
                  readonly ruptureId: string;
                  /**
                   * @description open while someone in it has not finished; revealed once everyone has.
                   * @enum {unknown}
                   */
                  readonly status: 'open' | 'revealed';
                  /** @description Who is in it: those who can say "repaired for me". A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly involvedMemberIds: readonly string[];
                  /** @description Those of them who had finished. A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly finishedBy: readonly string[];
                  /** @description Whether someone in it said "not yet" to talking (never who). */
                  readonly notYet: boolean;
                  /** @description While someone said "not yet": when the guide suggested coming back. */
                  readonly comeBackAt: string | null;
                  /** @description Your own answers, exactly as you wrote them. */
                  readonly mine: {
                    /**
                     * @description "Are you calm enough to talk?": ready, or not_yet.
                     * @enum {unknown}
                     */
                    readonly pause: 'ready' | 'not_yet';
                    /** @description What happened, as you saw it. */
                    readonly saw: string;
                    /** @description Your part in it. */
                    readonly myPart: string;
                    /** @description What you needed. */
                    readonly needed: string;
                    /** @description What would help now. */
                    readonly wouldHelp: string;
                    /** @description The one small thing you proposed to agree on. */
                    readonly agreement: string;
                    /** @description Whose proposals you said you are in on. A member id of this circle (see circle.members; a missing id is a former member). */
                    readonly agreesWith: readonly string[];
                    /**
                     * Format: date-time
                     * @description When you last changed them.
                     */
                    readonly updatedAt: string;
                    /** @description When you finished, or null. */
                    readonly finishedAt: string | null;
                  } | null;
                  /** @description Everyone’s answers, once everyone had finished (absent before). */
                  readonly answers?: readonly {
                    /** @description Whose answers. A member id of this circle (see circle.members; a missing id is a former member). */
                    readonly memberId: string;
                    /** @description What happened, as they saw it. */
                    readonly saw: string;
                    /** @description Their part in it. */
                    readonly myPart: string;
                    /** @description What they needed. */
                    readonly needed: string;
                    /** @description What would help now. */
                    readonly wouldHelp: string;
                    /** @description The small thing they proposed. */
                    readonly agreement: string;
                  }[];
                  /** @description Each written proposal and who is in on it, once revealed. */
                  readonly agreements?: readonly {
                    /** @description Who proposed it. A member id of this circle (see circle.members; a missing id is a former member). */
                    readonly proposedBy: string;
                    /** @description Its author, and those who said they are in. A member id of this circle (see circle.members; a missing id is a former member). */
                    readonly agreedBy: readonly string[];
                    /** @description Whether everyone in it is in on it. */
                    readonly agreed: boolean;
                  }[];
                }[];
                /** @description Seasons: periods in which a member is expected to give less, by start. */
                readonly seasons: readonly {
                  /** @description The season's id. */
                  readonly id: string;
                  /** @description The circle it belongs to. */
                  readonly circleId: string;
                  /** @description Whose season it is. A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly memberId: string;
                  /**
                   * @description What it is, e.g. illness, new_baby, exams.
                   * @enum {unknown}
                   */
                  readonly kind:
                    | 'illness'
                    | 'new_baby'
                    | 'exams'
                    | 'grief'
                    | 'move'
                    | 'work'
                    | 'caregiving'
                    | 'other';
                  /**
                   * Format: date-time
                   * @description When it starts.
                   */
                  readonly startsAt: string;
                  /** @description When it ends (at most 180 days on, unless its member renews it). */
                  readonly endsAt: string | null;
                  /** @description A note, or null. */
                  readonly note: string | null;
                  /** @description Who declared or suggested it. A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly createdByMemberId: string;
                  /**
                   * Format: date-time
                   * @description When it was declared.
                   */
                  readonly createdAt: string;
                  /**
                   * @description active, or suggested by someone else and waiting for its member to accept it.
                   * @enum {unknown}
                   */
                  readonly status: 'active' | 'suggested';
                }[];
                /** @description The circle's responsibilities, oldest first. */
                readonly responsibilities: readonly {
                  /** @description The responsibility's id. */
                  readonly id: string;
                  /** @description The circle it belongs to. */
                  readonly circleId: string;
                  /** @description What it is. */
                  readonly title: string;
                  /**
                   * @description Its area, e.g. home, children, money.
                   * @enum {unknown}
                   */
                  readonly area:
                    | 'home'
                    | 'children'
                    | 'money'
                    | 'health'
                    | 'social'
                    | 'family'
                    | 'admin'
                    | 'emotional';
                  /**
                   * @description How often it comes round.
                   * @enum {unknown}
                   */
                  readonly frequency:
                    'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly' | 'occasional';
                  /**
                   * @description Effort from 1 (small) to 3 (big).
                   * @enum {unknown}
                   */
                  readonly effort: 1 | 2 | 3;
                  /** @description The built-in catalogue item it came from, or null. */
                  readonly catalogueId: string | null;
                  /** @description Who carries each stage; null while nobody does. */
                  readonly owners: {
                    /** @description Who notices it needs doing. A member id of this circle (see circle.members; a missing id is a former member). */
                    readonly notice: string | null;
                    /** @description Who plans it. A member id of this circle (see circle.members; a missing id is a former member). */
                    readonly plan: string | null;
                    /** @description Who does it. A member id of this circle (see circle.members; a missing id is a former member). */
                    readonly do: string | null;
                    /** @description Who follows up. A member id of this circle (see circle.members; a missing id is a former member). */
                    readonly followUp: string | null;
                  };
                  /**
                   * Format: date-time
                   * @description When it was added.
                   */
                  readonly createdAt: string;
                  /**
                   * Format: date-time
                   * @description When it last changed.
                   */
                  readonly updatedAt: string;
                }[];
                /** @description Proposed hand-overs of a stage of a responsibility, newest first. */
                readonly handovers: readonly {
                  /** @description The hand-over's id. */
                  readonly id: string;
                  /** @description The circle it belongs to. */
                  readonly circleId: string;
                  /** @description The responsibility. */
                  readonly responsibilityId: string;
                  /**
                   * @description The stage: notice, plan, do or followUp.
                   * @enum {unknown}
                   */
                  readonly stage: 'notice' | 'plan' | 'do' | 'followUp';
                  /** @description Who carried the stage. A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly fromMemberId: string;
                  /** @description Who would take it on. A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly toMemberId: string;
                  /** @description Who proposed it. A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly proposedByMemberId: string;
                  /**
                   * @description proposed, accepted or declined.
                   * @enum {unknown}
                   */
                  readonly status: 'proposed' | 'accepted' | 'declined';
                  /**
                   * Format: date-time
                   * @description When it was proposed.
                   */
                  readonly createdAt: string;
                  /** @description When it was answered, or null. */
                  readonly decidedAt: string | null;
                }[];
                /** @description Your own view of the load, as you last saved it. */
                readonly myLoadView: {
                  /** @description Your member id. */
                  readonly memberId: string;
                  /** @description The share of the load you feel you carry, 0 to 100, or null. */
                  readonly perceivedShare: number | null;
                  /** @description Areas you prefer to take on. */
                  readonly prefers: readonly (
                    | 'home'
                    | 'children'
                    | 'money'
                    | 'health'
                    | 'social'
                    | 'family'
                    | 'admin'
                    | 'emotional'
                  )[];
                  /** @description Areas you cannot take on. */
                  readonly cannot: readonly (
                    | 'home'
                    | 'children'
                    | 'money'
                    | 'health'
                    | 'social'
                    | 'family'
                    | 'admin'
                    | 'emotional'
                  )[];
                };
                /** @description Rituals, oldest first. */
                readonly rituals: readonly {
                  /** @description The ritual's id. */
                  readonly id: string;
                  /** @description The circle it belongs to. */
                  readonly circleId: string;
                  /**
                   * @description The kind of ritual, e.g. nightly_checkin, appreciation.
                   * @enum {unknown}
                   */
                  readonly kind:
                    | 'nightly_checkin'
                    | 'appreciation'
                    | 'weekly_checkin'
                    | 'monthly_family_checkin'
                    | 'team_feedback'
                    | 'get_together'
                    | 'custom';
                  /** @description Its name. */
                  readonly title: string;
                  /** @description Its schedule, as an iCalendar RRULE. */
                  readonly rrule: string;
                  /** @description The local time it happens, HH:MM. */
                  readonly time: string;
                  /** @description The IANA time zone of that time. */
                  readonly timezone: string;
                  /** @description Who takes part. A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly memberIds: readonly string[];
                  /** @description The local date its schedule counts from (YYYY-MM-DD). */
                  readonly startsOn: string;
                  /** @description Who started it. A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly createdByMemberId: string;
                  /**
                   * Format: date-time
                   * @description When it was started.
                   */
                  readonly createdAt: string;
                  /** @description Its next time after the export, or null. */
                  readonly nextAt: string | null;
                  /** @description How it went over the four weeks before the export. */
                  readonly rhythm: {
                    /** @description Times it was done. */
                    readonly done: number;
                    /** @description Times it was due. */
                    readonly of: number;
                    /** @description Times done in a row, counting back from the latest. */
                    readonly recentRun: number;
                  };
                  /** @description Every "we did it", oldest first. */
                  readonly completions: readonly {
                    /**
                     * Format: date-time
                     * @description When it was marked done.
                     */
                    readonly at: string;
                    /** @description True when you marked it. */
                    readonly byMe: boolean;
                  }[];
                }[];
                /** @description Whether check-ins open by themselves. */
                readonly checkinSchedule:
                  | {
                      /**
                       * @description off, weekly or monthly.
                       * @enum {string}
                       */
                      readonly cadence: 'off';
                    }
                  | {
                      /**
                       * @description off, weekly or monthly.
                       * @enum {unknown}
                       */
                      readonly cadence: 'weekly' | 'monthly';
                      /**
                       * @description The questionnaire opened each time.
                       * @enum {unknown}
                       */
                      readonly instrument: 'csi4' | 'csi16' | 'reciprocity';
                    }
                  | {
                      /**
                       * @description off, weekly or monthly.
                       * @enum {string}
                       */
                      readonly cadence: 'off';
                      /** @description A schedule kept from before the CSI was for couples only; it no longer opens check-ins in this circle. */
                      readonly stopped: {
                        /**
                         * @description weekly or monthly.
                         * @enum {unknown}
                         */
                        readonly cadence: 'weekly' | 'monthly';
                        /**
                         * @description The questionnaire it named (csi4 or csi16).
                         * @enum {unknown}
                         */
                        readonly instrument: 'csi4' | 'csi16' | 'reciprocity';
                        /**
                         * @description Why it stopped: not_for_circle_kind.
                         * @enum {string}
                         */
                        readonly code: 'not_for_circle_kind';
                      };
                    };
                /** @description Chat summaries saved to the circle, newest first. */
                readonly chatSummaries: readonly {
                  /** @description The summary's id. */
                  readonly id: string;
                  /** @description The circle it was saved to. */
                  readonly circleId: string;
                  /** @description Who saved it. A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly memberId: string;
                  /** @description The rhythm of a chat analysed on a device: the chat itself, its names and anyone's own numbers never left it. */
                  readonly summary: {
                    /**
                     * @description The app the chat came from: whatsapp, telegram or messenger.
                     * @enum {unknown}
                     */
                    readonly format: 'whatsapp' | 'telegram' | 'messenger';
                    /** @description Messages in the chat, from everyone together. */
                    readonly messages: number;
                    /** @description How many people wrote in it. */
                    readonly people: number;
                    /** @description The time of the first message as the export wrote it, or null. */
                    readonly first: string | null;
                    /** @description The time of the last message as the export wrote it, or null. */
                    readonly last: string | null;
                    /** @description How the chat is shared, as patterns that name nobody. */
                    readonly rhythm: {
                      /**
                       * @description How the messages are spread: none, thin (too few to tell), shared, or one_side (one person wrote 70% or more of them); never who.
                       * @enum {unknown}
                       */
                      readonly talk: 'none' | 'thin' | 'shared' | 'one_side';
                      /**
                       * @description How opening a conversation after a quiet spell is spread: none, thin (too few to tell), shared, or one_side (one person wrote 70% or more of them); never who.
                       * @enum {unknown}
                       */
                      readonly starts: 'none' | 'thin' | 'shared' | 'one_side';
                      /**
                       * @description How the questions are spread: none, thin (too few to tell), shared, or one_side (one person wrote 70% or more of them); never who.
                       * @enum {unknown}
                       */
                      readonly questions: 'none' | 'thin' | 'shared' | 'one_side';
                      /**
                       * @description How words of thanks are spread: none, thin (too few to tell), shared, or one_side (one person wrote 70% or more of them); never who.
                       * @enum {unknown}
                       */
                      readonly thanks: 'none' | 'thin' | 'shared' | 'one_side';
                      /**
                       * @description How words of repair, such as "sorry", are spread: none, thin (too few to tell), shared, or one_side (one person wrote 70% or more of them); never who.
                       * @enum {unknown}
                       */
                      readonly repair: 'none' | 'thin' | 'shared' | 'one_side';
                      /**
                       * @description How soon half or more of every person's replies came: minutes (15 or fewer), hour, day, longer, or unknown.
                       * @enum {unknown}
                       */
                      readonly replyPace: 'minutes' | 'hour' | 'day' | 'longer' | 'unknown';
                      /**
                       * @description Whether replies come about as soon from everyone (even) or much later from someone (uneven), or unknown.
                       * @enum {unknown}
                       */
                      readonly replyBalance: 'even' | 'uneven' | 'unknown';
                      /** @description The same patterns over the last weeks of the chat, or null when the chat is no longer than that. */
                      readonly lately: {
                        /** @description How many weeks, ending with the last week of the chat. */
                        readonly weeks: number;
                        /**
                         * @description How the messages of those weeks are spread.
                         * @enum {unknown}
                         */
                        readonly talk: 'none' | 'thin' | 'shared' | 'one_side';
                        /**
                         * @description How the conversation starts of those weeks are spread.
                         * @enum {unknown}
                         */
                        readonly starts: 'none' | 'thin' | 'shared' | 'one_side';
                      } | null;
                    };
                  };
                  /**
                   * Format: date-time
                   * @description When it was saved.
                   */
                  readonly createdAt: string;
                }[];
                /** @description The days you answered the circle’s question of the day, oldest first. */
                readonly dailyQuestions: readonly {
                  /** @description The circle’s day, YYYY-MM-DD, in its time zone. */
                  readonly date: string;
                  /** @description The question’s id in recipro’s bank (its words are the app’s, in your language). */
                  readonly id: string;
                  /** @description Your answer, exactly as written. */
                  readonly myAnswer: string;
                  /** @description Everyone’s answers, once all who were asked had answered; absent until then. */
                  readonly answers?: readonly {
                    /** @description Whose answer it is. A member id of this circle (see circle.members; a missing id is a former member). */
                    readonly memberId: string;
                    /** @description The answer, exactly as written. */
                    readonly text: string;
                  }[];
                }[];
                /** @description The reports for a counsellor you are in, newest first: who agreed, the words added, links and openings. What a report contains is worked out from the rest of this file, so it is not repeated here; the app shows it. */
                readonly reports: readonly {
                  /** @description The report’s id. */
                  readonly id: string;
                  /** @description Its circle. */
                  readonly circleId: string;
                  /** @description agreed once everyone in it agreed to share it as it is; else awaiting_consent. */
                  readonly status: 'awaiting_consent' | 'agreed';
                  /**
                   * Format: date-time
                   * @description The first instant of its period.
                   */
                  readonly from: string;
                  /**
                   * Format: date-time
                   * @description The end of its period (not included).
                   */
                  readonly to: string;
                  /** @description Who prepared it. A member id of this circle (see circle.members; a missing id is a former member). */
                  readonly preparedByMemberId: string;
                  /**
                   * Format: date-time
                   * @description When it was prepared; its contents are as they were then.
                   */
                  readonly createdAt: string;
                  /** @description Emailing its PDF. */
                  readonly email: {
                    /** @description The address everyone agreed it may be emailed to, or null. */
                    readonly to: string | null;
                    /** @description When it was last emailed, or null. */
                    readonly sentAt: string | null;
                    /** @description Whether the server sent email when the export was made. */
                    readonly available: boolean;
                  };
                  /** @description The members it is about, whose agreement it needs. */
                  readonly members: readonly {
                    /** @description A member id of this circle (see circle.members; a missing id is a former member). */
                    readonly id: string;
                    /** @description Their name when it was prepared. */
                    readonly name: string;
                    /** @description Whether they agree to share it as it is. */
                    readonly consented: boolean;
                  }[];
                  /** @description Words members added for the reader. */
                  readonly additions: readonly {
                    /** @description Whose words. A member id of this circle (see circle.members; a missing id is a former member). */
                    readonly memberId: string;
                    /** @description The words, exactly as written. */
                    readonly text: string;
                    /**
                     * Format: date-time
                     * @description When they were written.
                     */
                    readonly writtenAt: string;
                  }[];
                  /** @description Your part in it. */
                  readonly mine: {
                    /** @description Whether you agree to share it as it is. */
                    readonly consented: boolean;
                    /** @description Your words for the reader, or null. */
                    readonly addition: string | null;
                  };
                  /** @description Its read-only links (never their secret tokens), newest first. */
                  readonly links: readonly {
                    /** @description The link’s id. */
                    readonly id: string;
                    /** @description Who made it. A member id of this circle (see circle.members; a missing id is a former member). */
                    readonly createdByMemberId: string;
                    /**
                     * Format: date-time
                     * @description When it was made.
                     */
                    readonly createdAt: string;
                    /**
                     * Format: date-time
                     * @description When it stops opening.
                     */
                    readonly expiresAt: string;
                    /** @description When it was revoked or ended by a withdrawal or a change, or null. */
                    readonly revokedAt: string | null;
                    /** @description Whether it opened when the export was made. */
                    readonly open: boolean;
                  }[];
                  /** @description Every opening of its links, newest first. */
                  readonly openings: readonly {
                    /** @description The opening’s id. */
                    readonly id: string;
                    /** @description The link opened. */
                    readonly linkId: string;
                    /**
                     * Format: date-time
                     * @description When.
                     */
                    readonly openedAt: string;
                    /** @description page or pdf. */
                    readonly format: 'page' | 'pdf';
                  }[];
                }[];
              }[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/export.schema.json': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The JSON Schema of the export file (works signed out) */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A JSON Schema (draft 2020-12) document */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/schema+json': {
              readonly [key: string]: unknown;
            };
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/acts.csv': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The acts of care you can see in a circle, as CSV (date,from,to,form,effort,note,noticed_at) */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description RFC 4180 CSV */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'text/csv': string;
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/reports': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The reports you are in, newest first */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly reports: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly circleId: string;
                /** @description `agreed` once every member in the report has agreed to it as it is. */
                readonly status: 'awaiting_consent' | 'agreed';
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly from: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly to: string;
                /** @description An opaque id. */
                readonly preparedByMemberId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                readonly email: {
                  /** @description The address the PDF may be emailed to, part of what everyone agrees to. */
                  readonly to: string | null;
                  /** @description When it was last emailed. */
                  readonly sentAt: string | null;
                  /** @description Whether this server sends email. */
                  readonly available: boolean;
                };
                /** @description The members the report is about, whose agreement it needs. */
                readonly members: readonly {
                  /** @description An opaque id. */
                  readonly id: string;
                  readonly name: string;
                  readonly consented: boolean;
                }[];
                /** @description What the report contains, frozen when it was prepared (core's ReportContents): care, each pair's band and pattern over the period, seasons, revealed check-ins and a couple's CSI totals, values topics, repair, load by stage, rituals. */
                readonly contents: {
                  readonly [key: string]: unknown;
                };
                readonly additions: readonly {
                  /** @description An opaque id. */
                  readonly memberId: string;
                  readonly text: string;
                  /**
                   * Format: date-time
                   * @description ISO-8601 date and time.
                   */
                  readonly writtenAt: string;
                }[];
                readonly mine: {
                  readonly consented: boolean;
                  readonly addition: string | null;
                };
                readonly links: readonly {
                  /** @description An opaque id. */
                  readonly id: string;
                  /** @description An opaque id. */
                  readonly createdByMemberId: string;
                  /**
                   * Format: date-time
                   * @description ISO-8601 date and time.
                   */
                  readonly createdAt: string;
                  /**
                   * Format: date-time
                   * @description ISO-8601 date and time.
                   */
                  readonly expiresAt: string;
                  readonly revokedAt: string | null;
                  /** @description Neither expired nor revoked. */
                  readonly open: boolean;
                }[];
                /** @description Every opening of a link to the report, newest first. */
                readonly openings: readonly {
                  /** @description An opaque id. */
                  readonly id: string;
                  /** @description An opaque id. */
                  readonly linkId: string;
                  /**
                   * Format: date-time
                   * @description ISO-8601 date and time.
                   */
                  readonly openedAt: string;
                  readonly format: 'page' | 'pdf';
                }[];
              }[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    /** Prepare a report for a counsellor over a period: its contents are worked out now and kept as they are; it waits for everyone in it to agree */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /** @description The first day of the period (UTC), YYYY-MM-DD. */
            readonly from: string;
            /** @description The day after the last day of the period (UTC), YYYY-MM-DD: March is from 2026-03-01 to 2026-04-01. At most tomorrow; at most 366 days after `from`. */
            readonly to: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description `agreed` once every member in the report has agreed to it as it is. */
              readonly status: 'awaiting_consent' | 'agreed';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly from: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly to: string;
              /** @description An opaque id. */
              readonly preparedByMemberId: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly email: {
                /** @description The address the PDF may be emailed to, part of what everyone agrees to. */
                readonly to: string | null;
                /** @description When it was last emailed. */
                readonly sentAt: string | null;
                /** @description Whether this server sends email. */
                readonly available: boolean;
              };
              /** @description The members the report is about, whose agreement it needs. */
              readonly members: readonly {
                /** @description An opaque id. */
                readonly id: string;
                readonly name: string;
                readonly consented: boolean;
              }[];
              /** @description What the report contains, frozen when it was prepared (core's ReportContents): care, each pair's band and pattern over the period, seasons, revealed check-ins and a couple's CSI totals, values topics, repair, load by stage, rituals. */
              readonly contents: {
                readonly [key: string]: unknown;
              };
              readonly additions: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                readonly text: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly writtenAt: string;
              }[];
              readonly mine: {
                readonly consented: boolean;
                readonly addition: string | null;
              };
              readonly links: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly createdByMemberId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly expiresAt: string;
                readonly revokedAt: string | null;
                /** @description Neither expired nor revoked. */
                readonly open: boolean;
              }[];
              /** @description Every opening of a link to the report, newest first. */
              readonly openings: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly linkId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly openedAt: string;
                readonly format: 'page' | 'pdf';
              }[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/reports/{reportId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A report you are in: as JSON (what it contains, who agreed, its links and every opening of them), as a printable page (`format=page`, a draft until everyone agrees), or as a PDF once everyone agreed (`format=pdf`) */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description `json` (the default), `page` (a printable HTML page) or `pdf`. */
          readonly format?: 'json' | 'page' | 'pdf';
        };
        readonly header?: never;
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly reportId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The report: JSON, a printable page or a PDF, as `format` asks */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description `agreed` once every member in the report has agreed to it as it is. */
              readonly status: 'awaiting_consent' | 'agreed';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly from: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly to: string;
              /** @description An opaque id. */
              readonly preparedByMemberId: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly email: {
                /** @description The address the PDF may be emailed to, part of what everyone agrees to. */
                readonly to: string | null;
                /** @description When it was last emailed. */
                readonly sentAt: string | null;
                /** @description Whether this server sends email. */
                readonly available: boolean;
              };
              /** @description The members the report is about, whose agreement it needs. */
              readonly members: readonly {
                /** @description An opaque id. */
                readonly id: string;
                readonly name: string;
                readonly consented: boolean;
              }[];
              /** @description What the report contains, frozen when it was prepared (core's ReportContents): care, each pair's band and pattern over the period, seasons, revealed check-ins and a couple's CSI totals, values topics, repair, load by stage, rituals. */
              readonly contents: {
                readonly [key: string]: unknown;
              };
              readonly additions: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                readonly text: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly writtenAt: string;
              }[];
              readonly mine: {
                readonly consented: boolean;
                readonly addition: string | null;
              };
              readonly links: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly createdByMemberId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly expiresAt: string;
                readonly revokedAt: string | null;
                /** @description Neither expired nor revoked. */
                readonly open: boolean;
              }[];
              /** @description Every opening of a link to the report, newest first. */
              readonly openings: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly linkId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly openedAt: string;
                readonly format: 'page' | 'pdf';
              }[];
            };
            readonly 'text/html': string;
            readonly 'application/pdf': string;
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/reports/{reportId}/consent': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Agree to share the report exactly as it is (your own agreement only) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly reportId: string;
        };
        readonly cookie?: never;
      };
      /** @description May be left out: an agreement is always the caller’s own. */
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /** @description Whose agreement this is: only ever your own member id. */
            readonly memberId?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description `agreed` once every member in the report has agreed to it as it is. */
              readonly status: 'awaiting_consent' | 'agreed';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly from: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly to: string;
              /** @description An opaque id. */
              readonly preparedByMemberId: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly email: {
                /** @description The address the PDF may be emailed to, part of what everyone agrees to. */
                readonly to: string | null;
                /** @description When it was last emailed. */
                readonly sentAt: string | null;
                /** @description Whether this server sends email. */
                readonly available: boolean;
              };
              /** @description The members the report is about, whose agreement it needs. */
              readonly members: readonly {
                /** @description An opaque id. */
                readonly id: string;
                readonly name: string;
                readonly consented: boolean;
              }[];
              /** @description What the report contains, frozen when it was prepared (core's ReportContents): care, each pair's band and pattern over the period, seasons, revealed check-ins and a couple's CSI totals, values topics, repair, load by stage, rituals. */
              readonly contents: {
                readonly [key: string]: unknown;
              };
              readonly additions: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                readonly text: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly writtenAt: string;
              }[];
              readonly mine: {
                readonly consented: boolean;
                readonly addition: string | null;
              };
              readonly links: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly createdByMemberId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly expiresAt: string;
                readonly revokedAt: string | null;
                /** @description Neither expired nor revoked. */
                readonly open: boolean;
              }[];
              /** @description Every opening of a link to the report, newest first. */
              readonly openings: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly linkId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly openedAt: string;
                readonly format: 'page' | 'pdf';
              }[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    /** Take your agreement back: every link to the report ends */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly reportId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description `agreed` once every member in the report has agreed to it as it is. */
              readonly status: 'awaiting_consent' | 'agreed';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly from: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly to: string;
              /** @description An opaque id. */
              readonly preparedByMemberId: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly email: {
                /** @description The address the PDF may be emailed to, part of what everyone agrees to. */
                readonly to: string | null;
                /** @description When it was last emailed. */
                readonly sentAt: string | null;
                /** @description Whether this server sends email. */
                readonly available: boolean;
              };
              /** @description The members the report is about, whose agreement it needs. */
              readonly members: readonly {
                /** @description An opaque id. */
                readonly id: string;
                readonly name: string;
                readonly consented: boolean;
              }[];
              /** @description What the report contains, frozen when it was prepared (core's ReportContents): care, each pair's band and pattern over the period, seasons, revealed check-ins and a couple's CSI totals, values topics, repair, load by stage, rituals. */
              readonly contents: {
                readonly [key: string]: unknown;
              };
              readonly additions: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                readonly text: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly writtenAt: string;
              }[];
              readonly mine: {
                readonly consented: boolean;
                readonly addition: string | null;
              };
              readonly links: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly createdByMemberId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly expiresAt: string;
                readonly revokedAt: string | null;
                /** @description Neither expired nor revoked. */
                readonly open: boolean;
              }[];
              /** @description Every opening of a link to the report, newest first. */
              readonly openings: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly linkId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly openedAt: string;
                readonly format: 'page' | 'pdf';
              }[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/reports/{reportId}/addition': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    /** Your words for the reader: the report changes, so every agreement and every link ends */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly reportId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /** @description Your words for the reader, as you want them shown. */
            readonly text: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description `agreed` once every member in the report has agreed to it as it is. */
              readonly status: 'awaiting_consent' | 'agreed';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly from: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly to: string;
              /** @description An opaque id. */
              readonly preparedByMemberId: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly email: {
                /** @description The address the PDF may be emailed to, part of what everyone agrees to. */
                readonly to: string | null;
                /** @description When it was last emailed. */
                readonly sentAt: string | null;
                /** @description Whether this server sends email. */
                readonly available: boolean;
              };
              /** @description The members the report is about, whose agreement it needs. */
              readonly members: readonly {
                /** @description An opaque id. */
                readonly id: string;
                readonly name: string;
                readonly consented: boolean;
              }[];
              /** @description What the report contains, frozen when it was prepared (core's ReportContents): care, each pair's band and pattern over the period, seasons, revealed check-ins and a couple's CSI totals, values topics, repair, load by stage, rituals. */
              readonly contents: {
                readonly [key: string]: unknown;
              };
              readonly additions: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                readonly text: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly writtenAt: string;
              }[];
              readonly mine: {
                readonly consented: boolean;
                readonly addition: string | null;
              };
              readonly links: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly createdByMemberId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly expiresAt: string;
                readonly revokedAt: string | null;
                /** @description Neither expired nor revoked. */
                readonly open: boolean;
              }[];
              /** @description Every opening of a link to the report, newest first. */
              readonly openings: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly linkId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly openedAt: string;
                readonly format: 'page' | 'pdf';
              }[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly post?: never;
    /** Remove your words for the reader: every agreement and every link ends */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly reportId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description `agreed` once every member in the report has agreed to it as it is. */
              readonly status: 'awaiting_consent' | 'agreed';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly from: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly to: string;
              /** @description An opaque id. */
              readonly preparedByMemberId: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly email: {
                /** @description The address the PDF may be emailed to, part of what everyone agrees to. */
                readonly to: string | null;
                /** @description When it was last emailed. */
                readonly sentAt: string | null;
                /** @description Whether this server sends email. */
                readonly available: boolean;
              };
              /** @description The members the report is about, whose agreement it needs. */
              readonly members: readonly {
                /** @description An opaque id. */
                readonly id: string;
                readonly name: string;
                readonly consented: boolean;
              }[];
              /** @description What the report contains, frozen when it was prepared (core's ReportContents): care, each pair's band and pattern over the period, seasons, revealed check-ins and a couple's CSI totals, values topics, repair, load by stage, rituals. */
              readonly contents: {
                readonly [key: string]: unknown;
              };
              readonly additions: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                readonly text: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly writtenAt: string;
              }[];
              readonly mine: {
                readonly consented: boolean;
                readonly addition: string | null;
              };
              readonly links: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly createdByMemberId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly expiresAt: string;
                readonly revokedAt: string | null;
                /** @description Neither expired nor revoked. */
                readonly open: boolean;
              }[];
              /** @description Every opening of a link to the report, newest first. */
              readonly openings: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly linkId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly openedAt: string;
                readonly format: 'page' | 'pdf';
              }[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/reports/{reportId}/email': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    /** The address the PDF may be emailed to: who receives it is part of what everyone agrees to, so every agreement and every link ends */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly reportId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /** @description The address everyone agrees the PDF may be emailed to. */
            readonly address: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description `agreed` once every member in the report has agreed to it as it is. */
              readonly status: 'awaiting_consent' | 'agreed';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly from: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly to: string;
              /** @description An opaque id. */
              readonly preparedByMemberId: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly email: {
                /** @description The address the PDF may be emailed to, part of what everyone agrees to. */
                readonly to: string | null;
                /** @description When it was last emailed. */
                readonly sentAt: string | null;
                /** @description Whether this server sends email. */
                readonly available: boolean;
              };
              /** @description The members the report is about, whose agreement it needs. */
              readonly members: readonly {
                /** @description An opaque id. */
                readonly id: string;
                readonly name: string;
                readonly consented: boolean;
              }[];
              /** @description What the report contains, frozen when it was prepared (core's ReportContents): care, each pair's band and pattern over the period, seasons, revealed check-ins and a couple's CSI totals, values topics, repair, load by stage, rituals. */
              readonly contents: {
                readonly [key: string]: unknown;
              };
              readonly additions: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                readonly text: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly writtenAt: string;
              }[];
              readonly mine: {
                readonly consented: boolean;
                readonly addition: string | null;
              };
              readonly links: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly createdByMemberId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly expiresAt: string;
                readonly revokedAt: string | null;
                /** @description Neither expired nor revoked. */
                readonly open: boolean;
              }[];
              /** @description Every opening of a link to the report, newest first. */
              readonly openings: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly linkId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly openedAt: string;
                readonly format: 'page' | 'pdf';
              }[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly post?: never;
    /** Remove the address: every agreement and every link ends */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly reportId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description `agreed` once every member in the report has agreed to it as it is. */
              readonly status: 'awaiting_consent' | 'agreed';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly from: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly to: string;
              /** @description An opaque id. */
              readonly preparedByMemberId: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly email: {
                /** @description The address the PDF may be emailed to, part of what everyone agrees to. */
                readonly to: string | null;
                /** @description When it was last emailed. */
                readonly sentAt: string | null;
                /** @description Whether this server sends email. */
                readonly available: boolean;
              };
              /** @description The members the report is about, whose agreement it needs. */
              readonly members: readonly {
                /** @description An opaque id. */
                readonly id: string;
                readonly name: string;
                readonly consented: boolean;
              }[];
              /** @description What the report contains, frozen when it was prepared (core's ReportContents): care, each pair's band and pattern over the period, seasons, revealed check-ins and a couple's CSI totals, values topics, repair, load by stage, rituals. */
              readonly contents: {
                readonly [key: string]: unknown;
              };
              readonly additions: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                readonly text: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly writtenAt: string;
              }[];
              readonly mine: {
                readonly consented: boolean;
                readonly addition: string | null;
              };
              readonly links: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly createdByMemberId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly expiresAt: string;
                readonly revokedAt: string | null;
                /** @description Neither expired nor revoked. */
                readonly open: boolean;
              }[];
              /** @description Every opening of a link to the report, newest first. */
              readonly openings: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly linkId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly openedAt: string;
                readonly format: 'page' | 'pdf';
              }[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/reports/{reportId}/email/send': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Email the PDF to the agreed address, once everyone agreed and when the server sends email; answered once the mail server took it */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly reportId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description An opaque id. */
              readonly circleId: string;
              /** @description `agreed` once every member in the report has agreed to it as it is. */
              readonly status: 'awaiting_consent' | 'agreed';
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly from: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly to: string;
              /** @description An opaque id. */
              readonly preparedByMemberId: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly createdAt: string;
              readonly email: {
                /** @description The address the PDF may be emailed to, part of what everyone agrees to. */
                readonly to: string | null;
                /** @description When it was last emailed. */
                readonly sentAt: string | null;
                /** @description Whether this server sends email. */
                readonly available: boolean;
              };
              /** @description The members the report is about, whose agreement it needs. */
              readonly members: readonly {
                /** @description An opaque id. */
                readonly id: string;
                readonly name: string;
                readonly consented: boolean;
              }[];
              /** @description What the report contains, frozen when it was prepared (core's ReportContents): care, each pair's band and pattern over the period, seasons, revealed check-ins and a couple's CSI totals, values topics, repair, load by stage, rituals. */
              readonly contents: {
                readonly [key: string]: unknown;
              };
              readonly additions: readonly {
                /** @description An opaque id. */
                readonly memberId: string;
                readonly text: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly writtenAt: string;
              }[];
              readonly mine: {
                readonly consented: boolean;
                readonly addition: string | null;
              };
              readonly links: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly createdByMemberId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly createdAt: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly expiresAt: string;
                readonly revokedAt: string | null;
                /** @description Neither expired nor revoked. */
                readonly open: boolean;
              }[];
              /** @description Every opening of a link to the report, newest first. */
              readonly openings: readonly {
                /** @description An opaque id. */
                readonly id: string;
                /** @description An opaque id. */
                readonly linkId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time.
                 */
                readonly openedAt: string;
                readonly format: 'page' | 'pdf';
              }[];
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 503: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/reports/{reportId}/links': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** A read-only link for a counsellor, once everyone agreed: no sign-in, open until it expires (at most 90 days) or is revoked */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly reportId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            /** @description Days the link stays open, 1 to 90. */
            readonly expiresInDays: number;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @description An opaque id. */
              readonly id: string;
              /** @description The link to give the counsellor; shown only now. */
              readonly url: string;
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly expiresAt: string;
            };
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/circles/{circleId}/reports/{reportId}/links/{linkId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** Revoke a link: it opens no more */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409. */
          readonly 'idempotency-key'?: string;
        };
        readonly path: {
          /** @description An opaque id. */
          readonly circleId: string;
          /** @description An opaque id. */
          readonly reportId: string;
          /** @description An opaque id. */
          readonly linkId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/unsubscribe/{token}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Unsubscribe page */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly token: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A small HTML page */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'text/html': string;
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    /** One-click unsubscribe from reminder emails */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly token: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Unsubscribed: a page when a person posted the form, JSON for a mail provider */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** @enum {boolean} */
              readonly unsubscribed: true;
            };
            readonly 'text/html': string;
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/r/{token}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A report shared by a link (no sign-in): a printable page, or the PDF with `format=pdf`; 404 once the link is revoked or expired or anyone withdrew */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description `page` (the default) or `pdf`. */
          readonly format?: 'page' | 'pdf';
        };
        readonly header?: never;
        readonly path: {
          readonly token: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The report as a printable page (text/html) or a PDF (application/pdf) */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'text/html': string;
            readonly 'application/pdf': string;
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description An error: `code` is one of the closed set. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ApiError'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description An error: `code` is one of the closed set. */
    readonly ApiError: {
      readonly error: {
        /**
         * @description One of the closed set of error codes.
         * @enum {unknown}
         */
        readonly code:
          | 'validation_failed'
          | 'unauthenticated'
          | 'forbidden'
          | 'pending'
          | 'not_found'
          | 'request_timeout'
          | 'conflict'
          | 'circle_full'
          | 'payload_too_large'
          | 'uri_too_long'
          | 'unsupported_media_type'
          | 'rate_limited'
          | 'headers_too_large'
          | 'internal'
          | 'unavailable';
        /** @description For people reading logs; the app shows its own words. */
        readonly message: string;
        readonly details?:
          | readonly {
              /** @description The part of the request it is about: a body field (dotted into lists, as `answers.2`), a query or path parameter. */
              readonly field?: string;
              /** @description What is wrong with it, for logs and tests. */
              readonly message?: string;
              /** @description Why, for a program: `not_for_circle_kind`, or how a check-in answer failed (`missing_answer`, `out_of_range`, …). */
              readonly code?: string;
              /** @description With `not_for_circle_kind`: the kind of the circle. */
              readonly kind?: string;
              /** @description The check-in item an answer is for. */
              readonly itemId?: string;
              /** @description Why a repair guide cannot be finished yet (`not_ready`, …). */
              readonly reason?: string;
            }[]
          | {
              /** @description An opaque id. */
              readonly circleId: string;
            }
          | {
              /**
               * Format: date-time
               * @description ISO-8601 date and time.
               */
              readonly closableFrom: string;
            };
      };
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
