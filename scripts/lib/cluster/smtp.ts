/**
 * The instances' SMTP server, in process. It records every accepted message by Message-ID and by
 * the account that sent it (each instance process logs in with its own name), and can hold
 * messages before answering, to have a send in flight when an instance is told to stop.
 */
import { SMTPServer } from 'smtp-server';

export type Delivery = { messageId: string; sender: string; at: number };

export type ClusterSmtp = {
  deliveries: Delivery[];
  /** While true, accepted messages wait for release() before the server answers 250. */
  hold: (on: boolean) => void;
  held: () => number;
  close: () => Promise<void>;
};

export async function startSmtp(port: number): Promise<ClusterSmtp> {
  const deliveries: Delivery[] = [];
  let holding = false;
  const waiting: (() => void)[] = [];
  const server = new SMTPServer({
    authMethods: ['PLAIN', 'LOGIN'],
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, cb) {
      cb(null, { user: auth.username });
    },
    onData(stream, session, cb) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 8192) head += chunk.toString('utf8');
      });
      stream.on('end', () => {
        const messageId = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1] ?? '(none)';
        const accept = () => {
          deliveries.push({ messageId, sender: String(session.user ?? 'anonymous'), at: Date.now() });
          cb();
        };
        if (holding) waiting.push(accept);
        else accept();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // A killed instance resets its SMTP connections: that is the test, not a server failure.
  server.on('error', () => undefined);
  return {
    deliveries,
    hold: (on) => {
      holding = on;
      if (!on) for (const accept of waiting.splice(0)) accept();
    },
    held: () => waiting.length,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
