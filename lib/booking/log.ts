/** The booking code logs through the site's one structured logger (lib/log.ts). */
export { logEvent } from '@/lib/log';
