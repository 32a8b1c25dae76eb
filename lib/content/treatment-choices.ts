/** The "treatment of interest" choices: the published treatment pages, then "not sure". */
import { getTreatments } from '@/lib/content/queries';
import { NOT_SURE } from '@/lib/validations/booking';

export type Choice = { value: string; label: string };

export function treatmentChoices(): Choice[] {
  return [...getTreatments().map((t) => ({ value: t.slug, label: t.title })), { value: NOT_SURE, label: 'I am not sure yet' }];
}
