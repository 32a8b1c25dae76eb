/**
 * The review workflow's mail, queued through the outbox like every other message (stored first,
 * then sent with retries). No patient data: page titles, links and reviewers' comments only.
 */
import type { QueuedMail } from '@/lib/mail/queue';

type Site = { name: string; url: string };

export const reviewQueuedMail = (to: string, page: { title: string; path: string; changedBy: string | null }, site: Site): QueuedMail => ({
  kind: 'review-queued',
  to,
  subject: `${site.name}: "${page.title}" is waiting for your review`,
  text: [
    `"${page.title}" has changed${page.changedBy ? ` (by ${page.changedBy})` : ''} and names you as its clinical reviewer.`,
    '',
    `Review the change, and approve it or send it back: ${site.url}/staff/reviews/${page.path}`,
    'Until you approve it, the site keeps its last approved version and a new build refuses the change.',
  ].join('\n'),
});

export const reviewDecisionMail = (
  to: string,
  page: { title: string; path: string },
  decision: { approved: true; note: string } | { approved: false; comments: string },
  site: Site,
): QueuedMail => ({
  kind: decision.approved ? 'review-approved' : 'review-sent-back',
  to,
  subject: `${site.name}: "${page.title}" was ${decision.approved ? 'approved' : 'sent back'}`,
  text: decision.approved
    ? [`Your change to "${page.title}" was approved by its clinical reviewer.`, '', `Change note shown on the page: ${decision.note}`, '', `${site.url}/staff/reviews/${page.path}`].join('\n')
    : [
        `Your change to "${page.title}" was sent back by its clinical reviewer, with these comments:`,
        '',
        decision.comments,
        '',
        `Read them beside the change, edit the page, and it returns to the reviewer: ${site.url}/staff/reviews/${page.path}`,
      ].join('\n'),
});

export const reviewsDueMail = (to: string, week: string, pages: { title: string; path: string; due: string; reviewer: string }[], site: Site): QueuedMail => ({
  kind: 'reviews-due',
  to,
  subject: `${site.name}: ${pages.length} page${pages.length === 1 ? '' : 's'} due for medical review (${week})`,
  text: [
    `Pages whose periodic medical review is due within 30 days, or overdue, in week ${week}:`,
    '',
    ...pages.map((p) => `- ${p.title}: due ${p.due}, reviewer ${p.reviewer} (${site.url}/staff/reviews/${p.path})`),
    '',
    'An overdue page stops the next production build until it is re-approved.',
  ].join('\n'),
});
