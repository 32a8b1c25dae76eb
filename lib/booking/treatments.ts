/** The treatment choices moved to lib/content (the staff area needs them too); the booking page still imports them from here. */
export { treatmentChoices, type Choice } from '@/lib/content/treatment-choices';
