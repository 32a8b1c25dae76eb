import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { requireStaff } from '@/lib/staff/session';
import { reviewQueue, type QueueItem } from '@/lib/reviews/workflow';
import { contentRoot, readAuthors } from '@/lib/reviews/files';
import { todayIso } from '@/lib/publishing/dates';
import { StaffNav } from '@/components/staff/staff-nav';
import { formatDateTime } from '@/components/staff/date-time';
import { Notice } from '@/components/forms/notice';
import { Cell, Row, Table } from '@/components/ui/table';
import { DateText } from '@/components/content/date';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Reviews' };

const notices: Record<string, string> = {
  'not-permitted': 'Your role cannot open that page. Patient requests are for managers only.',
  approved: 'Approved. The record is saved with the content; the page shows your change note after the next build.',
  'sent-back': 'Sent back to the writer with your comments.',
};

function why(item: QueueItem): string {
  if (item.sentBack) return 'Sent back, waiting for the writer';
  if (item.state.status === 'never') return 'Never approved';
  if (item.state.status === 'changed') return 'Changed since its last approval';
  return `Periodic review due ${item.state.lastApproval?.nextReviewDue ?? ''}`;
}

export default async function ReviewsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { db, user } = await requireStaff();
  const sp = await searchParams;
  const root = contentRoot();
  const items = await reviewQueue(db, root, todayIso(), user.authorId);
  const authors = readAuthors(root);
  const name = (slug: string) => authors.get(slug)?.name ?? slug;
  // A clinical reviewer sees the pages that name them first.
  const sorted = [...items].sort((a, b) => Number(b.mine) - Number(a.mine));
  return (
    <>
      <StaffNav email={user.email} role={user.role} current="/staff/reviews" />
      <Notice text={typeof sp.notice === 'string' ? notices[sp.notice] : undefined} />
      <h1 className="mb-2 text-3xl font-bold text-ink">Pages waiting for medical review</h1>
      <p className="mb-6 max-w-3xl text-ink">
        Pages changed since their last approval, never approved, or due for their periodic review within 30 days. A production build refuses a
        published page until its named clinical reviewer approves its current version (docs/publishing.md).
      </p>
      {sorted.length > 0 ? (
        <Table caption="Pages waiting for review" columns={['Page', 'Why', 'Last changed', 'Reviewer']}>
          {sorted.map((item) => (
            <Row key={`${item.key.collection}/${item.key.slug}`}>
              <Cell>
                <Link href={`/staff/reviews/${item.key.collection}/${item.key.slug}`} prefetch={false} className="font-semibold text-brand-700 underline underline-offset-2">
                  {item.title}
                </Link>
                <span className="block text-sm text-muted">
                  {item.key.collection}/{item.key.slug}
                </span>
              </Cell>
              <Cell>{why(item)}</Cell>
              <Cell>{item.lastChange ? `${item.lastChange.by}, ${formatDateTime(item.lastChange.at)}` : 'Not through the staff editor (see git history)'}</Cell>
              <Cell>
                {name(item.reviewer)}
                {item.mine ? ' (you)' : ''}
                {item.state.lastApproval ? (
                  <span className="block text-sm text-muted">
                    Last approved <DateText value={item.state.lastApproval.reviewedOn} />
                  </span>
                ) : null}
              </Cell>
            </Row>
          ))}
        </Table>
      ) : (
        <p className="text-ink">No page is waiting for review.</p>
      )}
    </>
  );
}
