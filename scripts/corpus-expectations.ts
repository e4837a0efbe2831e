/**
 * What `npm run corpus` expects of each real-world sample in ../shared/chat-corpus/, derived
 * from that folder's SOURCES.md: the source repository's own truth where it names one,
 * otherwise whatsapp-chat-parser 4.0.2's counts corrected for the faults SOURCES.md lists
 * (system notices counted as a person's messages, U+FEFF/U+200F/time-first headers not read,
 * Buddhist years, day-first guesses on US dates).
 */
export interface CorpusExpectation {
  readonly format: 'whatsapp' | 'telegram' | 'messenger';
  /** Messages written by people (system lines excluded). */
  readonly messages: number;
  readonly systemMessages?: number;
  readonly first?: string;
  readonly last?: string;
  readonly participants?: readonly string[];
  /** Why the numbers are what they are. */
  readonly why: string;
}

export const corpusExpectations: Readonly<Record<string, CorpusExpectation>> = {
  'Chatistics__tests_test_data_whatsapp__chat.txt': {
    format: 'whatsapp',
    messages: 20,
    systemMessages: 1,
    first: '2018-01-04T11:53:57',
    participants: ['Alice Placeholder', 'John Doe'],
    why: 'truth: 20 user messages; the two fake headers continue the message before them',
  },
  'Chatistics__tests_test_data_whatsapp__chat_3.txt': {
    format: 'whatsapp',
    messages: 9,
    systemMessages: 2,
    first: '2019-02-11T14:18:00',
    last: '2019-10-11T14:25:00',
    why: 'truth: 9 messages on 11 Feb 2019 except one on 11 Oct (month-first)',
  },
  'WhatsR__inst_englishandroidampm.txt': {
    format: 'whatsapp',
    messages: 42,
    systemMessages: 8,
    participants: ['Alice', 'Bob', 'Carol', 'Dave', 'Mallory'],
    why: 'wcp: 49 with 8 system = 41; we also read the two hand-edited "23:59 PM" headers',
  },
  'WhatsR__inst_germaniosampm.txt': {
    format: 'whatsapp',
    messages: 42,
    systemMessages: 8,
    participants: ['Alice', 'Bob', 'Carol', 'Dave', 'Mallory'],
    why: 'wcp reads 0 (U+FEFF in the header); the German twin of the English file',
  },
  'chat-miner__test_whatsapp_test_mmddyyyy_12hrs.txt': {
    format: 'whatsapp',
    messages: 6,
    systemMessages: 3,
    first: '2019-01-01T11:25:00',
    why: 'truth (chat-miner): 6 messages kept; "a. m."/"p. m." clocks',
  },
  'whats_json__test_data_android_Chat_WhatsApp_s_u_ivatelem_Dmitry_S_CZ_Android.txt': {
    format: 'whatsapp',
    messages: 59,
    systemMessages: 1,
    first: '2022-03-18T14:56:00',
    why: 'wcp: 60 messages of which 1 system',
  },
  'whats_json__test_data_android_WhatsApp_Chat_with_Dmitry_S_EN_Media_Android.txt': {
    format: 'whatsapp',
    messages: 59,
    systemMessages: 1,
    first: '2022-03-18T14:56:00',
    why: 'wcp: 60 messages of which 1 system',
  },
  'whats_json__test_data_android_WhatsApp_Chat_with_Group_Chat_XXX_Android.txt': {
    format: 'whatsapp',
    messages: 4,
    systemMessages: 16,
    why: 'wcp: 20 messages of which 16 system',
  },
  'whats_json__test_data_calendars_Buddhist_iOS.txt': {
    format: 'whatsapp',
    messages: 25,
    systemMessages: 3,
    first: '2022-03-27T21:41:35',
    why: 'Buddhist year 2565 BE is 2022; encryption and security-code notices are system lines',
  },
  'whats_json__test_data_ios_WhatsApp_Chat_-_Elon_Musk_Arabic_.txt': {
    format: 'whatsapp',
    messages: 22,
    systemMessages: 3,
    first: '2022-03-27T21:41:35',
    why: 'wcp reads 0 (U+200F in the date); same chat as the English file',
  },
  'whats_json__test_data_ios_WhatsApp_Chat_-_Elon_Musk_EN_.txt': {
    format: 'whatsapp',
    messages: 22,
    systemMessages: 3,
    first: '2022-03-27T21:41:35',
    why: 'wcp: 25, counting the encryption and 2 security-code notices as Elon Musk’s',
  },
  'whats_json__test_data_ios_WhatsApp_Chat_-_Elon_Musk_German_.txt': {
    format: 'whatsapp',
    messages: 22,
    systemMessages: 3,
    why: 'wcp: 25 with the same over-count as the English file',
  },
  'whats_json__test_data_ios_iOS_Indonesian.txt': {
    format: 'whatsapp',
    messages: 25,
    systemMessages: 3,
    first: '2022-03-27T21:41:35',
    why: 'wcp: 28 including the 3 notices',
  },
  'whats_json__test_data_ios_iOS_Vietnamese.txt': {
    format: 'whatsapp',
    messages: 25,
    systemMessages: 3,
    first: '2022-03-27T21:41:35',
    why: 'wcp reads 0 (time before date); the same chat as the Indonesian file',
  },
  'chat-analytics__tests_samples_telegram_DM_2A_7M.json': {
    format: 'telegram',
    messages: 6,
    systemMessages: 2,
    participants: ['Alice', 'Bob'],
    why: 'chat-analytics: 6 messages, 2 authors',
  },
  'chat-miner__test_telegram_test_batch_export.json': {
    format: 'telegram',
    messages: 2,
    participants: ['Author 1', 'Author 2'],
    why: 'full-account export (chats.list) that chat-analytics cannot read',
  },
  'chat-analytics__tests_samples_messenger_2A_7M.json': {
    format: 'messenger',
    messages: 7,
    first: '2014-11-05T00:27:20Z',
    participants: ['Alice', 'Bob'],
    why: 'file name: 2 authors, 7 messages; starts with a UTF-8 BOM',
  },
};
