import type { MessageKind } from '../model.ts';
import { fold } from '../fold.ts';
import { stripInvisible } from './invisible.ts';

/**
 * Texts WhatsApp writes in place of a deleted message, lower-cased, without the final full
 * stop. Several languages; add more as exports in them turn up.
 */
const deletedTexts = new Set([
  'this message was deleted',
  'you deleted this message',
  'diese nachricht wurde gelöscht',
  'du hast diese nachricht gelöscht',
  'tato zpráva byla odstraněna',
  'odstranili jste tuto zprávu',
  'se eliminó este mensaje',
  'eliminaste este mensaje',
  'este mensaje fue eliminado',
  'ce message a été supprimé',
  'vous avez supprimé ce message',
  'mensagem apagada',
  'essa mensagem foi apagada',
  'você apagou esta mensagem',
  'questo messaggio è stato eliminato',
  'hai eliminato questo messaggio',
  'pesan ini dihapus',
  'anda menghapus pesan ini',
  'tin nhắn này đã bị xóa',
  'bạn đã xoá tin nhắn này',
  'bạn đã xóa tin nhắn này',
  'تم حذف هذه الرسالة',
  'لقد حذَفت هذه الرسالة',
  'لقد حذفت هذه الرسالة',
  'это сообщение удалено',
  'вы удалили это сообщение',
  'यह संदेश हटा दिया गया था',
]);

/** Length and folded first character of each deleted text, to skip the set lookup cheaply. */
const deletedKeys = new Set([...deletedTexts].map((t) => t.length * 0x10000 + t.charCodeAt(0)));

/** Whether the first `length` characters of `s` are a deleted-message text. */
const isDeletedText = (s: string, length: number): boolean => {
  return (
    deletedKeys.has(length * 0x10000 + fold(s.charCodeAt(0))) &&
    deletedTexts.has((length === s.length ? s : s.slice(0, length)).toLowerCase())
  );
};

/** Endings of iOS media placeholders ("image omitted", "Bild weggelassen", …). */
const mediaSuffixes = [
  'omitted',
  'weggelassen',
  'ausgelassen',
  'tidak disertakan',
  'omitido',
  'omitida',
  'omis',
  'omise',
  'omesso',
  'omessa',
  'weggelaten',
  'vynechán',
  'vynechány',
  'vynechána',
  'opuszczono',
  'пропущено',
];

/** Beginnings of media placeholders in languages that put the verb first. */
const mediaPrefixes = ['đã bỏ', 'bỏ qua', 'لم يتم إدراج', 'تم حذف الملصق'];

/** `IMG-1.jpg (file attached)` and its translations. */
const attachedFile = /^[^\s()]+\.[A-Za-z0-9]{2,5} \([^()]{3,40}\)$/;

const directionMark = /[\u200e\u200f]/;

/** Placeholders are short; anything longer is a person's text. */
const MAX_PLACEHOLDER = 120;

/**
 * Whether a first line with these traits might be a placeholder: when false,
 * {@link classifyBody} is sure to say 'text', so the line need not be read as text at all.
 * `length`, `first` and `last` are in UTF-16 units; `marked` says it holds U+200E or U+200F.
 */
export function mayBePlaceholder(
  length: number,
  first: number,
  last: number,
  marked: boolean,
): boolean {
  if (length === 0 || length > MAX_PLACEHOLDER) return false;
  if (marked || first === 0x200e || first === 0x200f || first === 0x3c || last === 0x29) {
    return true;
  }
  if (length === 4 && first === 0x6e) return true; // "null"
  const folded = fold(first);
  return (
    deletedKeys.has(length * 0x10000 + folded) ||
    (last === 0x2e && deletedKeys.has((length - 1) * 0x10000 + folded))
  );
}

/**
 * The kind of a message from the first line of its body. Only short lines are examined, so
 * ordinary text costs one length check and a couple of character tests.
 */
export function classifyBody(firstLine: string): MessageKind {
  const n = firstLine.length;
  if (n === 0 || n > MAX_PLACEHOLDER) return 'text';
  const first = firstLine.charCodeAt(0);
  const last = firstLine.charCodeAt(n - 1);
  // Fast path: no invisible mark, no angle bracket, no closing parenthesis.
  if (first !== 0x200e && first !== 0x200f && first !== 0x3c && last !== 0x29) {
    if (!directionMark.test(firstLine)) {
      if (firstLine === 'null') return 'media';
      if (isDeletedText(firstLine, n) || (last === 0x2e && isDeletedText(firstLine, n - 1)))
        return 'deleted';
      return 'text';
    }
  }
  const plain = stripInvisible(firstLine).trim();
  let folded = plain.toLowerCase();
  if (folded.endsWith('.')) folded = folded.slice(0, -1);
  if (deletedTexts.has(folded)) return 'deleted';
  if (plain.startsWith('<') && plain.endsWith('>')) return 'media';
  if (plain.endsWith(')') && attachedFile.test(plain)) return 'media';
  if (plain !== firstLine) {
    // iOS marks placeholders with U+200E; only then are the word lists trusted.
    for (const suffix of mediaSuffixes) if (folded.endsWith(suffix)) return 'media';
    // Verb-first languages put the placeholder after the last mark ("file.txt ‎đã bỏ qua …").
    const mark = Math.max(firstLine.lastIndexOf('\u200e'), firstLine.lastIndexOf('\u200f'));
    const tail = firstLine
      .slice(mark + 1)
      .trim()
      .toLowerCase();
    for (const prefix of mediaPrefixes) if (tail.startsWith(prefix)) return 'media';
  }
  return 'text';
}

/** Fragments of app-written notices that iOS attributes to the chat's name. */
const systemFragments = [
  'end-to-end',
  'ende-zu-ende',
  'de extremo a extremo',
  'de ponta a ponta',
  'de bout en bout',
  'terenkripsi',
  'mã hóa đầu cuối',
  'được mã hóa',
  'بين الطرفين',
  'сквозным шифрованием',
  'koncovým šifrováním',
  'security code',
  'رمز أمان',
  'sicherheitsnummer',
  'código de seguridad',
  'código de segurança',
  'code de sécurité',
  'kode keamanan',
  'mã bảo mật',
  'created group',
  'hat die gruppe',
  'joined using this group',
  'changed the group',
  'changed this group',
  'changed the subject',
  'added you',
  'left the group',
];

/**
 * Whether an authored iOS line is really an app notice (iOS writes the chat's name as the
 * author and marks the text with U+200E).
 */
export function isAuthoredSystemLine(firstLine: string): boolean {
  const c = firstLine.charCodeAt(0);
  if (c !== 0x200e && c !== 0x200f) return false;
  const folded = firstLine.toLowerCase();
  for (const fragment of systemFragments) if (folded.includes(fragment)) return true;
  return false;
}
