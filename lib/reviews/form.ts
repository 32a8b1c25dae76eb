/** The review screen's two forms: what they accept and what their errors say. */
import { z } from 'zod';
import { CHANGE_NOTE_MAX, CHANGE_NOTE_MIN } from './record';
import { REFUSAL_MESSAGES } from './decide';
import { STORE_FAILURE_MESSAGES } from './store';

export const COMMENTS_MAX = 2000;

export const commentsSchema = z.string().trim().min(1).max(COMMENTS_MAX);

export const REVIEW_ERRORS: Record<string, string> = {
  'note-short': `Write a change note of at least ${CHANGE_NOTE_MIN} characters`,
  'note-long': `The change note must be ${CHANGE_NOTE_MAX} characters or fewer`,
  'comments-empty': 'Write what the writer needs to change',
  'comments-long': `Comments must be ${COMMENTS_MAX} characters or fewer`,
  'stale-version': REFUSAL_MESSAGES['stale-version'],
  refused: 'You cannot approve this page.',
  ...STORE_FAILURE_MESSAGES,
};
