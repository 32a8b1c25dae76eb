/**
 * App instances as the container image runs them: Next's standalone server (<distDir>/standalone/
 * server.js) with public/ and the static files copied next to it, from the one production build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { request } from './http';
import { start, waitFor, type Proc } from './processes';

/** Copies public/ and <distDir>/static into the standalone server's folder, as the Dockerfile does; returns the folder. */
export function prepareStandalone(projectDir: string, distDir: string): string {
  const standalone = path.join(projectDir, distDir, 'standalone');
  if (!fs.existsSync(path.join(standalone, 'server.js'))) {
    throw new Error(`No standalone server in ${standalone}: run \`npm run build\` first (next.config.mjs sets output: 'standalone')`);
  }
  fs.cpSync(path.join(projectDir, 'public'), path.join(standalone, 'public'), { recursive: true });
  fs.cpSync(path.join(projectDir, distDir, 'static'), path.join(standalone, distDir, 'static'), { recursive: true });
  return standalone;
}

export type Instance = { name: string; port: number; origin: string; generation: number; proc: Proc };

export type InstanceSpec = { name: string; port: number; standaloneDir: string; logDir: string; env: NodeJS.ProcessEnv; smtpPort: number };

/** Starts one instance; each process generation logs in to SMTP under its own name (`a1`, `a2`, …). */
export function startInstance(spec: InstanceSpec, generation: number): Instance {
  const sender = `${spec.name}${generation}`;
  const proc = start(process.execPath, ['server.js'], {
    cwd: spec.standaloneDir,
    logFile: path.join(spec.logDir, `${sender}.log`),
    env: {
      ...spec.env,
      PORT: String(spec.port),
      HOSTNAME: '127.0.0.1',
      SMTP_URL: `smtp://${sender}:cluster@127.0.0.1:${spec.smtpPort}`,
    },
  });
  return { name: spec.name, port: spec.port, origin: `http://127.0.0.1:${spec.port}`, generation, proc };
}

/** Waits until /readyz answers 200 (database, migrations, outbox worker); fails early if the process exits. */
export async function waitReady(instance: Instance, timeoutMs: number): Promise<void> {
  const exited = instance.proc.exited.then(({ code, signal }) => {
    throw new Error(`instance ${instance.name} exited (${code ?? signal}) before it was ready:\n${instance.proc.log().slice(-3000)}`);
  });
  exited.catch(() => undefined);
  await Promise.race([
    waitFor(`instance ${instance.name} ready on ${instance.origin}/readyz`, timeoutMs, async () => {
      const res = await request(`${instance.origin}/readyz`, { timeoutMs: 5_000 });
      return res.status === 200 ? true : undefined;
    }),
    exited,
  ]);
}
