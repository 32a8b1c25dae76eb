import { formatDate, isoDay } from '@/lib/content/dates';

export function DateText({ value }: { value: string }) {
  return <time dateTime={isoDay(value)}>{formatDate(value)}</time>;
}
