/** Human labels for stored codes (treatment slugs, joints, contact methods). */
import { treatmentChoices } from '@/lib/content/treatment-choices';

export function treatmentLabels(): Map<string, string> {
  return new Map(treatmentChoices().map((c) => [c.value, c.label]));
}
