/**
 * Valid HTML and no broken internal links, on the built site.
 *
 *   npm run check:html   (needs a production build; set NEXT_DIST_DIR to pick it, or
 *                         GATES_BASE_URL to check a server that is already running)
 *
 * 1. Fetches every route (scripts/lib/routes.ts) and a 404 page from `next start`.
 * 2. Validates each page with the Nu Html Checker (npm vnu-jar, run by Java): zero errors allowed.
 *    Warnings are printed but do not fail the gate.
 * 3. Checks every internal href and src on every page answers 200, and that every fragment
 *    (#id, same page or another page) names exactly one element on its target page.
 * Exits 1 on any error, with a report in reports/html-validation.json.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { siteRoutes } from './lib/routes';
import { serverForGates } from './lib/server';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

type VnuMessage = { type: string; subType?: string; url: string; lastLine?: number; message: string; extract?: string };

/** Strip scripts (their contents are data, not markup) and return attribute values. */
function attributeValues(html: string, attr: string): string[] {
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (m) => m.replace(/>[\s\S]*<\/script>/i, '></script>'));
  const re = new RegExp(`\\s${attr}="([^"]*)"`, 'g');
  return [...markup.matchAll(re)].map((m) => decodeEntities(m[1]));
}

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/**
 * The one error we accept, because React writes it, not us: a form whose action is a Server Action
 * is rendered with action="" (post back to this URL when JavaScript is off), which the HTML spec
 * says must be non-empty. Browsers treat it exactly as the spec's missing action. Matched narrowly:
 * only that message on a form carrying React's server-action signature (multipart POST).
 */
function isKnownReactOutput(m: VnuMessage): boolean {
  return (
    m.type === 'error' &&
    m.message === 'Bad value “” for attribute “action” on element “form”: Must be non-empty.' &&
    /<form\b[^>]*action=""[^>]*encType="multipart\/form-data"[^>]*method="POST"/.test(m.extract ?? '')
  );
}

function fileNameFor(route: string): string {
  return `${route === '/' ? 'index' : route.replace(/^\//, '').replace(/[^a-z0-9-]+/gi, '__')}.html`;
}

async function main() {
  const server = await serverForGates();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-html-'));
  const errors: string[] = [];
  try {
    const routes = siteRoutes();
    const pages = new Map<string, string>(); // route -> html
    const fileToRoute = new Map<string, string>();
    for (const route of [...routes, '/no-such-page-for-html-check']) {
      const res = await fetch(server.baseURL + route);
      const html = await res.text();
      const expected = route.startsWith('/no-such-page') ? 404 : 200;
      if (res.status !== expected) errors.push(`${route}: status ${res.status}, expected ${expected}`);
      pages.set(route, html);
      const file = path.join(outDir, fileNameFor(route));
      fs.writeFileSync(file, html);
      fileToRoute.set(`file:${file}`, route);
    }

    // --- Nu Html Checker ---
    await run('java', ['-version']).catch(() => {
      throw new Error('Java is needed for the Nu Html Checker: apt-get install -y openjdk-17-jre-headless');
    });
    const jar = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
    const files = [...fileToRoute.keys()].map((u) => u.slice('file:'.length));
    const result = await run('java', ['-Xss4m', '-jar', jar, '--format', 'json', '--exit-zero-always', ...files], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const messages = (JSON.parse(result.stderr || result.stdout || '{"messages":[]}') as { messages: VnuMessage[] }).messages;
    let warnings = 0;
    const allowed: string[] = [];
    for (const m of messages) {
      const route = fileToRoute.get(m.url) ?? m.url;
      const line = `${route}:${m.lastLine ?? '?'} ${m.message}${m.extract ? `\n      ${m.extract.replace(/\s+/g, ' ').trim().slice(0, 160)}` : ''}`;
      if (isKnownReactOutput(m)) {
        allowed.push(`${route}: ${m.message}`);
        continue;
      }
      if (m.type === 'error' || m.subType === 'fatal') errors.push(`invalid HTML ${line}`);
      else if (m.subType === 'warning') {
        warnings++;
        console.warn(`  warning ${line}`);
      }
    }

    // --- internal links, resources and anchors ---
    const status = new Map<string, number>();
    const idsCache = new Map<string, string[]>();
    const idsOf = async (pathname: string): Promise<string[]> => {
      if (!idsCache.has(pathname)) {
        const html = pages.get(pathname) ?? (await (await fetch(server.baseURL + pathname)).text());
        idsCache.set(pathname, attributeValues(html, 'id'));
      }
      return idsCache.get(pathname)!;
    };
    let linksChecked = 0;
    for (const [route, html] of pages) {
      const refs = [...attributeValues(html, 'href'), ...attributeValues(html, 'src')];
      for (const ref of new Set(refs)) {
        if (/^(mailto:|tel:|data:)/.test(ref)) continue;
        const url = new URL(ref, server.baseURL + route);
        if (url.origin !== server.baseURL) continue; // external links are not fetched (no network in CI)
        linksChecked++;
        const key = url.pathname + url.search;
        const samePage = url.pathname === new URL(server.baseURL + route).pathname && !url.search;
        if (!samePage && !status.has(key)) {
          const res = await fetch(server.baseURL + key, { redirect: 'manual' });
          await res.arrayBuffer();
          status.set(key, res.status);
        }
        if (!samePage && status.get(key) !== 200) errors.push(`broken link on ${route}: ${ref} answered ${status.get(key)}`);
        if (url.hash && url.hash !== '#') {
          const id = decodeURIComponent(url.hash.slice(1));
          const ids = samePage ? attributeValues(html, 'id') : await idsOf(url.pathname);
          const matches = ids.filter((x) => x === id).length;
          if (matches !== 1) errors.push(`broken anchor on ${route}: ${ref} matches ${matches} elements`);
        }
      }
      const ids = attributeValues(html, 'id');
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      for (const d of new Set(dupes)) errors.push(`duplicate id on ${route}: ${d}`);
    }

    fs.mkdirSync('reports', { recursive: true });
    fs.writeFileSync(
      'reports/html-validation.json',
      JSON.stringify({ date: new Date().toISOString(), pages: pages.size, linksChecked, warnings, allowed, errors }, null, 2),
    );
    console.log(`Validated ${pages.size} pages with the Nu Html Checker; ${linksChecked} internal links and anchors checked; ${warnings} warnings.`);
    for (const a of allowed) console.log(`  allowed (React output, see isKnownReactOutput): ${a}`);
    if (errors.length > 0) {
      console.error(`\n${errors.length} error(s):\n${errors.map((e) => `  ✗ ${e}`).join('\n')}`);
      process.exitCode = 1;
    } else {
      console.log('✓ zero HTML errors, zero broken links or anchors');
    }
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
