import type { PageFindings } from '@/lib/publishing/page-findings';

/** The content check's findings for this page, shown to writers in `next dev` only. */
export async function DevContentFindings({ sourceFilePath }: { sourceFilePath?: string }) {
  // Statically false in a production build, so the engine below is never bundled or run there.
  if (process.env.NODE_ENV !== 'development' || !sourceFilePath) return null;
  const { pageFindings } = await import('@/lib/publishing/page-findings');
  const report = pageFindings(sourceFilePath);
  return report ? <ContentFindingsPanel report={report} /> : null;
}

export function ContentFindingsPanel({ report }: { report: PageFindings }) {
  const clean = report.findings.length === 0;
  return (
    <section
      aria-labelledby="content-findings-title"
      data-testid="content-findings"
      className={`mb-6 rounded-md border-2 px-4 py-3 text-sm ${report.errors ? 'border-red-700 bg-red-50' : clean ? 'border-green-700 bg-green-50' : 'border-amber-700 bg-amber-50'}`}
    >
      <details open={!clean}>
        <summary className="cursor-pointer font-semibold">
          <span id="content-findings-title">
            Content check: {report.errors} {report.errors === 1 ? 'error' : 'errors'}, {report.warnings}{' '}
            {report.warnings === 1 ? 'warning' : 'warnings'}
          </span>{' '}
          <span className="font-normal">in {report.file} (development only)</span>
        </summary>
        {clean ? (
          <p className="mt-2">No findings. A medical reviewer still has to check the page before it is published.</p>
        ) : (
          <ol className="mt-2 space-y-2">
            {report.findings.map((f) => (
              <li key={`${f.line}:${f.column}:${f.ruleId}:${f.message}`} className="font-mono text-xs leading-relaxed">
                <span className={f.severity === 'error' ? 'font-bold text-red-800' : 'font-bold text-amber-900'}>{f.severity}</span>{' '}
                line {f.line}:{f.column} <code>{f.ruleId}</code> — {f.message}
                <br />
                <span className="text-ink">Fix: {f.fix}</span>
              </li>
            ))}
          </ol>
        )}
        <p className="mt-2">
          Rules and examples: docs/writing-guide.md and docs/content-rules.md. Run <code>npm run content:check</code> for every page.
        </p>
      </details>
    </section>
  );
}
