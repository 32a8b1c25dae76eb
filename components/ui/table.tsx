/** A data table: visually hidden caption, column headings, rows ruled off; scrolls sideways on a narrow screen. */
import type { ReactNode } from 'react';

export function Table({
  caption,
  columns,
  id,
  className = 'w-full',
  children,
}: {
  caption: string;
  columns: readonly string[];
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto" id={id}>
      <table className={`${className} border-collapse text-left`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            {columns.map((c) => (
              <th key={c} scope="col" className="py-2 pr-4">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function Row({ children }: { children: ReactNode }) {
  return <tr className="border-b border-muted">{children}</tr>;
}

export function Cell({ className, children }: { className?: string; children: ReactNode }) {
  return <td className={`py-2 pr-4 ${className ?? ''}`.trim()}>{children}</td>;
}
