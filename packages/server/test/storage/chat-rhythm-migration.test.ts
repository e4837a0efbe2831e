import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { testDatabases } from '../support/databases.ts';
import { migrateToJustBefore } from '../support/migrations.ts';

const t = '2026-03-01T00:00:00.000Z';

/** A summary as circles saved them before 0015: every author's name and counts. */
const oldSummary = {
  format: 'whatsapp',
  messages: 120,
  systemMessages: 2,
  first: '2024-03-01T08:00:00',
  last: '2024-03-09T21:58:00',
  silenceSeconds: 21600,
  participants: [
    {
      name: 'Asha Old Name',
      messages: 70,
      words: 900,
      questions: 12,
      media: 3,
      conversationStarts: 9,
      medianReplySeconds: 240,
      apologies: 1,
      appreciations: 6,
      shareOfMessages: 0.583,
    },
    {
      name: 'Ben Old Name',
      messages: 50,
      words: 600,
      questions: 8,
      media: 1,
      conversationStarts: 2,
      medianReplySeconds: 5400,
      apologies: 1,
      appreciations: 0,
    },
  ],
};

describe.each(testDatabases())('the chat-rhythm migration on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    db = await openDatabase(created.config);
    await migrateToJustBefore(db.db, '0015_chat_rhythm');
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('rewrites each saved summary as the chat’s rhythm, with no name or count of anyone', async () => {
    const raw = db.db;
    await raw
      .insertInto('circles')
      .values({ id: 'c1', name: 'C', kind: 'couple', created_at: t, keeper_member_id: null })
      .execute();
    await raw
      .insertInto('members')
      .values({ id: 'm1', circle_id: 'c1', user_id: null, name: '', joined_at: t, left_at: null })
      .execute();
    await raw
      .insertInto('chat_summaries')
      .values({
        id: 's1',
        circle_id: 'c1',
        member_id: 'm1',
        summary: JSON.stringify(oldSummary),
        created_at: t,
      })
      .execute();

    expect(await migrateToLatest(raw)).toContain('0015_chat_rhythm');

    const row = await raw.selectFrom('chat_summaries').selectAll().executeTakeFirstOrThrow();
    expect({ ...row, summary: JSON.parse(row.summary) }).toEqual({
      id: 's1',
      circle_id: 'c1',
      member_id: 'm1',
      created_at: t,
      summary: {
        format: 'whatsapp',
        messages: 120,
        people: 2,
        first: '2024-03-01T08:00:00',
        last: '2024-03-09T21:58:00',
        rhythm: {
          talk: 'shared',
          starts: 'one_side',
          questions: 'shared',
          thanks: 'one_side',
          repair: 'thin',
          replyPace: 'day',
          replyBalance: 'uneven',
          lately: null,
        },
      },
    });
    expect(row.summary).not.toMatch(/Old Name|participants|\b(70|50|900|600)\b/);
  });
});
