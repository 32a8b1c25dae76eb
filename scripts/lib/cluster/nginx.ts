/**
 * nginx for the cluster test: the production proxy configuration (deploy/nginx/clinic.conf.template)
 * with this run's addresses, plus a plain static server for the baseline, in a temp dir with its own
 * pid, logs and temp paths, in the foreground (never a system-wide daemon).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { start, type Proc } from './processes';

export const PROXY_TEMPLATE = path.join(process.cwd(), 'deploy', 'nginx', 'clinic.conf.template');

/** Fills `${NAME}` placeholders; nginx's own `$name` variables are left alone. Every placeholder must be given. */
export function renderTemplate(template: string, values: Record<string, string>): string {
  const missing = new Set<string>();
  const out = template.replace(/\$\{([A-Z0-9_]+)\}/g, (_, name: string) => {
    if (!(name in values)) missing.add(name);
    return values[name] ?? '';
  });
  if (missing.size) throw new Error(`No value for ${[...missing].join(', ')} in the nginx template`);
  return out;
}

export type NginxLayout = { dir: string; proxyListen: string; staticListen: string; upstreams: [string, string]; staticRoot: string };

/** The main configuration: foreground, paths under `dir`, the proxy from the template and the static baseline. */
export function mainConfig(layout: NginxLayout, proxyConf: string, user: string | null): string {
  const p = (name: string) => path.join(layout.dir, name);
  return [
    user ? `user ${user};` : '',
    'daemon off;',
    'worker_processes 1;',
    `pid ${p('nginx.pid')};`,
    `error_log ${p('error.log')} warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    sendfile on;',
    '    keepalive_requests 100000;',
    `    client_body_temp_path ${p('tmp-body')};`,
    `    proxy_temp_path ${p('tmp-proxy')};`,
    `    fastcgi_temp_path ${p('tmp-fastcgi')};`,
    `    uwsgi_temp_path ${p('tmp-uwsgi')};`,
    `    scgi_temp_path ${p('tmp-scgi')};`,
    `    include ${p('clinic.conf')};`,
    '    server {',
    `        listen ${layout.staticListen};`,
    // Logged like the proxy, so the speed comparison differs only in what the proxy does.
    `        access_log ${p('static-access.log')} clinic_json;`,
    `        root ${layout.staticRoot};`,
    '    }',
    '}',
    '',
  ].join('\n');
}

export function writeNginxConfig(layout: NginxLayout): string {
  const proxyConf = renderTemplate(fs.readFileSync(PROXY_TEMPLATE, 'utf8'), {
    APP_1: layout.upstreams[0],
    APP_2: layout.upstreams[1],
    LISTEN: layout.proxyListen,
    CACHE_DIR: path.join(layout.dir, 'cache'),
    ACCESS_LOG: `${path.join(layout.dir, 'access.log')} clinic_json`,
  });
  fs.writeFileSync(path.join(layout.dir, 'clinic.conf'), proxyConf);
  // Running as root, nginx's workers drop to nobody: they must be able to write the cache and temp dirs.
  const root = process.getuid?.() === 0;
  for (const d of ['cache', 'tmp-body', 'tmp-proxy', 'tmp-fastcgi', 'tmp-uwsgi', 'tmp-scgi']) {
    fs.mkdirSync(path.join(layout.dir, d), { recursive: true });
    if (root) execFileSync('chown', ['nobody', path.join(layout.dir, d)]);
  }
  fs.chmodSync(layout.dir, 0o755);
  const file = path.join(layout.dir, 'nginx.conf');
  fs.writeFileSync(file, mainConfig(layout, proxyConf, root ? 'nobody nogroup' : null));
  return file;
}

export function nginxBinary(): string {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (fs.existsSync(candidate)) return candidate;
  throw new Error('nginx is not installed: run `bash scripts/ensure-system-deps.sh` (apt-get install nginx)');
}

/** `nginx -t` on the generated configuration; throws with nginx's own message. */
export function testNginxConfig(configFile: string, dir: string) {
  try {
    execFileSync(nginxBinary(), ['-t', '-q', '-c', configFile, '-p', dir, '-e', path.join(dir, 'error.log')], { stdio: 'pipe' });
  } catch (err) {
    const e = err as { stderr?: Buffer };
    throw new Error(`nginx -t refused the configuration:\n${e.stderr?.toString() ?? String(err)}`);
  }
}

export function startNginx(configFile: string, dir: string): Proc {
  return start(nginxBinary(), ['-c', configFile, '-p', dir, '-e', path.join(dir, 'error.log')], { logFile: path.join(dir, 'nginx.out') });
}
