/**
 * The cluster test's verdicts, pure so they are unit-tested (tests/ops/cluster-verdict.test.ts):
 * what the clients were told against what the database holds, and what the database queued
 * against what the SMTP server accepted.
 */
export type Attempt = { email: string; status: number | string };
export type BookingVerdict = {
  sent: number;
  answeredOk: number;
  stored: number;
  /** Answered 2xx/3xx but not in the database: a lost request. */
  lost: string[];
  /** In the database more than once. */
  duplicated: string[];
  /** Stored although the client saw an error (the instance died after the commit): allowed, not lost. */
  storedUnanswered: number;
};

export function judgeBookings(attempts: readonly Attempt[], storedEmails: readonly string[]): BookingVerdict {
  const count = new Map<string, number>();
  for (const email of storedEmails) count.set(email, (count.get(email) ?? 0) + 1);
  const ok = attempts.filter((a) => typeof a.status === 'number' && a.status >= 200 && a.status < 400);
  const okEmails = new Set(ok.map((a) => a.email));
  return {
    sent: attempts.length,
    answeredOk: ok.length,
    stored: storedEmails.length,
    lost: ok.filter((a) => !count.has(a.email)).map((a) => a.email),
    duplicated: [...count].filter(([, n]) => n > 1).map(([email]) => email),
    storedUnanswered: [...count.keys()].filter((email) => !okEmails.has(email)).length,
  };
}

export type Queued = { messageId: string };
export type Accepted = { messageId: string; sender: string };
export type MailVerdict = {
  queued: number;
  deliveredOnce: number;
  /** Queued, never accepted by the SMTP server. */
  lost: string[];
  /**
   * Accepted twice, first from the process that was SIGKILLed: it died after the server's 250 and
   * before recording 'sent', the one window SMTP cannot close (lib/booking/outbox.ts). Same Message-ID.
   */
  resentAfterKill: string[];
  /** Accepted more than once for any other reason: a real double send. */
  duplicated: string[];
};

export function judgeMail(queued: readonly Queued[], accepted: readonly Accepted[], killedSenders: readonly string[]): MailVerdict {
  const byId = new Map<string, Accepted[]>();
  for (const a of accepted) byId.set(a.messageId, [...(byId.get(a.messageId) ?? []), a]);
  const lost: string[] = [];
  const resentAfterKill: string[] = [];
  const duplicated: string[] = [];
  let deliveredOnce = 0;
  for (const { messageId } of queued) {
    const got = byId.get(messageId) ?? [];
    if (got.length === 0) lost.push(messageId);
    else if (got.length === 1) deliveredOnce += 1;
    else if (got.length === 2 && killedSenders.includes(got[0].sender)) resentAfterKill.push(messageId);
    else duplicated.push(messageId);
  }
  // Anything accepted that was never queued is also a fault (a stray or a mangled Message-ID).
  const known = new Set(queued.map((q) => q.messageId));
  for (const id of byId.keys()) if (!known.has(id)) duplicated.push(id);
  return { queued: queued.length, deliveredOnce, lost, resentAfterKill, duplicated };
}

/** A markdown table of [metric, value] rows, as printed and pasted into docs/deploy.md. */
export function table(rows: readonly [string, string][]): string {
  const w = Math.max('metric'.length, ...rows.map(([k]) => k.length));
  const v = Math.max('value'.length, ...rows.map(([, x]) => x.length));
  return [`| ${'metric'.padEnd(w)} | ${'value'.padEnd(v)} |`, `|${'-'.repeat(w + 2)}|${'-'.repeat(v + 2)}|`, ...rows.map(([k, x]) => `| ${k.padEnd(w)} | ${x.padEnd(v)} |`)].join('\n');
}
