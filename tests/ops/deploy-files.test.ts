/**
 * The deployment files, checked without Docker: compose.yaml has the services, volume and health
 * checks docs/deploy.md describes; the proxy's environment fills every placeholder of the nginx
 * template, and nginx itself accepts the result; the Dockerfile builds and runs as documented.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mainConfig, nginxBinary, PROXY_TEMPLATE, renderTemplate } from '../../scripts/lib/cluster/nginx';

type Service = {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  profiles?: string[];
  stop_grace_period?: string;
};
const compose = parse(fs.readFileSync('compose.yaml', 'utf8'), { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const dockerfile = fs.readFileSync('Dockerfile', 'utf8');

describe('compose.yaml', () => {
  const { services } = compose;

  it('runs two app instances from one image, ready-checked, sharing PostgreSQL and one form secret', () => {
    for (const name of ['app1', 'app2']) {
      const app = services[name];
      expect(app.build, name).toBeDefined();
      expect(app.environment?.DATABASE_URL).toMatch(/^postgres:\/\/clinic:.*@db:5432\/clinic$/);
      expect(app.environment?.BOOKING_SECRET).toBeDefined();
      expect(app.environment?.TRUST_PROXY_HOPS).toBe('1');
      expect(app.healthcheck?.test.join(' ')).toContain('/readyz');
      expect(app.depends_on?.db.condition).toBe('service_healthy');
      expect(app.stop_grace_period).toBe('30s');
    }
    expect(services.app1.image).toBe(services.app2.image);
  });

  it('keeps PostgreSQL 16 on a named volume, health-checked', () => {
    expect(services.db.image).toBe('postgres:16');
    expect(services.db.volumes).toContain('pgdata:/var/lib/postgresql/data');
    expect(Object.keys(compose.volumes)).toContain('pgdata');
    expect(services.db.healthcheck?.test.join(' ')).toContain('pg_isready');
  });

  it('puts nginx with the repository template in front, and Mailpit in the staging profile', () => {
    const proxy = services.proxy;
    expect(proxy.image).toMatch(/^nginx:/);
    expect(proxy.volumes).toContain('./deploy/nginx/clinic.conf.template:/etc/nginx/templates/default.conf.template:ro');
    expect(proxy.depends_on?.app1.condition).toBe('service_healthy');
    expect(proxy.depends_on?.app2.condition).toBe('service_healthy');
    expect(proxy.healthcheck?.test.join(' ')).toContain('/healthz');
    expect(services.mailpit.image).toMatch(/^axllent\/mailpit:/);
    expect(services.mailpit.profiles).toEqual(['staging']);
    expect(services.mailpit.healthcheck).toBeDefined();
  });

  it("fills every placeholder of the nginx template from the proxy's environment", () => {
    const template = fs.readFileSync(PROXY_TEMPLATE, 'utf8');
    const rendered = renderTemplate(template, services.proxy.environment ?? {});
    expect(rendered).toContain('server app1:3000');
    expect(rendered).toContain('server app2:3000');
    expect(rendered).toContain('add_header X-Cache-Status $upstream_cache_status always;');
  });
});

describe('nginx template', () => {
  it('is accepted by nginx -t', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ops-nginx-'));
    try {
      const proxy = renderTemplate(fs.readFileSync(PROXY_TEMPLATE, 'utf8'), {
        APP_1: '127.0.0.1:9',
        APP_2: '127.0.0.1:10',
        LISTEN: '127.0.0.1:9',
        CACHE_DIR: path.join(dir, 'cache'),
        ACCESS_LOG: 'off',
      });
      fs.writeFileSync(path.join(dir, 'clinic.conf'), proxy);
      const conf = path.join(dir, 'nginx.conf');
      fs.writeFileSync(conf, mainConfig({ dir, proxyListen: '', staticListen: '127.0.0.1:10', upstreams: ['', ''], staticRoot: dir }, proxy, null));
      const run = () => execFileSync(nginxBinary(), ['-t', '-q', '-c', conf, '-p', dir, '-e', path.join(dir, 'error.log')], { stdio: 'pipe' });
      expect(run).not.toThrow();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Dockerfile', () => {
  it('builds in stages with npm run build and runs the standalone server as a non-root user with a health check', () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(3);
    expect(dockerfile).toMatch(/^RUN npm run build$/m);
    expect(dockerfile).toContain('COPY --from=build /app/.next/standalone ./');
    expect(dockerfile).toContain('COPY --from=build /app/.next/static ./.next/static');
    expect(dockerfile).toContain('COPY --from=build /app/public ./public');
    expect(dockerfile).toMatch(/^USER clinic$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/healthz/m);
    expect(dockerfile).toMatch(/^CMD \["node", "server.js"\]$/m);
  });

  it('is the build npm run build describes: content check, Contentlayer, next build, compile hints', () => {
    const build = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.build;
    expect(build).toMatch(/content:check.*content:build.*next build.*add-compile-hints/);
  });
});
