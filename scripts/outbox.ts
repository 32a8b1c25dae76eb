/**
 * npm run outbox — shows mail that has not been sent (pending, in flight or failed).
 *   npm run outbox            one line per message: status, attempts, kind, recipient, subject, last error
 *   npm run outbox -- --eml   each message in full as RFC 5322 (.eml) text, readable in any mail client
 *   npm run outbox -- --eml --out DIR   writes one DIR/<id>.eml file per message instead
 * Without SMTP_URL the server queues mail but never sends it; this is how to read it.
 */
import fs from 'node:fs';
import path from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { envDbOptions, openDb } from '../lib/db/connect';
import { listUnsent } from '../lib/booking/outbox';
import { bookingConfig } from '../lib/booking/config';
import { siteConfig } from '../lib/site-config';

async function main() {
  const args = process.argv.slice(2);
  const eml = args.includes('--eml');
  const outIdx = args.indexOf('--out');
  const outDir = outIdx >= 0 ? args[outIdx + 1] : undefined;
  const { db } = await openDb(envDbOptions());
  try {
    const rows = await listUnsent(db);
    if (rows.length === 0) {
      console.log('The outbox is empty: every message has been sent.');
      return;
    }
    const from = bookingConfig(process.env, siteConfig).mailFrom;
    if (!eml) {
      console.log(`${rows.length} unsent message(s):`);
      for (const r of rows) {
        console.log(
          [r.created_at, r.status, `attempts=${r.attempts}`, r.kind, r.to_address, JSON.stringify(r.subject), r.last_error ? `last error: ${r.last_error}` : '']
            .filter(Boolean)
            .join('  '),
        );
      }
      console.log('\nRun `npm run outbox -- --eml` to print them in full.');
      return;
    }
    if (outDir) fs.mkdirSync(outDir, { recursive: true });
    for (const r of rows) {
      const message = await new MailComposer({
        from,
        to: r.to_address,
        subject: r.subject,
        text: r.text_body,
        html: r.html_body ?? undefined,
        messageId: r.message_id,
        date: new Date(r.created_at),
      })
        .compile()
        .build();
      if (outDir) {
        const file = path.join(outDir, `${r.id}.eml`);
        fs.writeFileSync(file, message);
        console.log(file);
      } else {
        process.stdout.write(`${message.toString('utf8')}\n\n`);
      }
    }
  } finally {
    await db.destroy();
  }
}

main().catch((err) => {
  console.error(`outbox failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
