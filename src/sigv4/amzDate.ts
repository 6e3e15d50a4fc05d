import { SigningInputError } from './errors';

/** `YYYYMMDDTHHMMSSZ` in UTC, without milliseconds. */
export function amzDate(date: Date): string {
  if (!(date instanceof Date) || isNaN(date.getTime())) {
    throw new SigningInputError('date', 'is not a valid date');
  }
  const text = date.toISOString().replace(/[-:]|\.\d{3}/g, '');
  if (!/^\d{8}T\d{6}Z$/.test(text)) throw new SigningInputError('date', `${text} is outside years 0000-9999`);
  return text;
}
