/** Friendly checks for form fields, run before anything is sent. Undefined means fine. */
import { NAME_MAX_LENGTH, NOTE_MAX_LENGTH } from '@recipro/core';
import { t } from './i18n/index.ts';

export const PASSWORD_MIN_LENGTH = 8;

export function checkName(value: string, emptyMessage = t('validation.nameRequired')) {
  const trimmed = value.trim();
  if (!trimmed) return emptyMessage;
  if (trimmed.length > NAME_MAX_LENGTH)
    return t('validation.nameTooLong', { max: NAME_MAX_LENGTH });
  return undefined;
}

export function checkEmail(value: string) {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? undefined : t('validation.emailInvalid');
}

export function checkNewPassword(value: string) {
  return value.length >= PASSWORD_MIN_LENGTH
    ? undefined
    : t('validation.passwordShort', { min: PASSWORD_MIN_LENGTH });
}

export function checkPassword(value: string) {
  return value ? undefined : t('validation.passwordRequired');
}

export function checkNote(value: string) {
  return value.length > NOTE_MAX_LENGTH
    ? t('validation.noteTooLong', { max: NOTE_MAX_LENGTH, count: value.length })
    : undefined;
}
