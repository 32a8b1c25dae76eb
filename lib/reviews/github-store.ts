/**
 * The review store of the editor's GitHub mode: reads a page, its record and approved text from
 * one commit of the repository's branch, and writes the record and approved text as ONE commit
 * with GraphQL createCommitOnBranch. expectedHeadOid is the commit read, so if anyone pushed in
 * between, GitHub refuses the commit instead of it landing on content the reviewer never saw.
 *
 * The token is the staff member's own GitHub user token from the editor's sign-in, so the commit
 * is theirs, like their editor saves, and GitHub's permissions on the repository apply.
 * Plain fetch: two GraphQL documents do not justify a client library.
 */
import { parseRecord, recordPath, serialiseRecord, type ReviewRecord } from './record';
import type { PageKey } from './source';
import { ReviewStoreError, type ApprovalMessage, type PageSnapshot, type ReviewStore, type StoreFailure } from './store';

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';

export type GitHubReviewTarget = {
  /** REST base URL: https://api.github.com, or https://<host>/api/v3 for GitHub Enterprise Server. */
  apiUrl: string;
  repo: `${string}/${string}`;
  /** null: the repository's default branch, where the editor opens. */
  branch: string | null;
  token: string;
  /** The content folder inside the repository. */
  contentDir?: string;
};

/** GitHub's GraphQL endpoint for a REST base URL (Enterprise Server serves it at /api/graphql, not /api/v3/graphql). */
export function graphqlUrl(apiUrl: string): string {
  const base = apiUrl.replace(/\/+$/, '');
  return /\/api\/v3$/.test(base) ? base.replace(/\/v3$/, '/graphql') : `${base}/graphql`;
}

/** The repository paths of one page's files. */
export function reviewPaths(key: PageKey, contentDir = 'content') {
  const dir = contentDir.replace(/\/+$/, '');
  return {
    page: `${dir}/${key.collection}/${key.slug}.mdx`,
    record: `${dir}/${recordPath(key)}`,
    approved: `${dir}/reviews/${key.collection}/${key.slug}.approved.txt`,
  };
}

const BLOB = '{ object { ... on Blob { text isTruncated } } }';

/** One query: the branch head and the three files from that very commit. */
export function snapshotQuery(branch: string | null): string {
  const ref = branch === null ? 'defaultBranchRef' : 'ref(qualifiedName: $branch)';
  const vars = branch === null ? '' : ', $branch: String!';
  return `query ReviewSnapshot($owner: String!, $name: String!, $page: String!, $record: String!, $approved: String!${vars}) {
  repository(owner: $owner, name: $name) {
    head: ${ref} {
      name
      target { ... on Commit { oid page: file(path: $page) ${BLOB} record: file(path: $record) ${BLOB} approved: file(path: $approved) ${BLOB} } }
    }
  }
}`;
}

export const COMMIT_MUTATION = `mutation ApproveReview($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** createCommitOnBranch's input: both files in one commit on top of the head the review read. */
export function approvalCommitInput(target: { repo: string; branch: string; contentDir?: string }, key: PageKey, headOid: string, record: ReviewRecord, approvedSource: string, message: ApprovalMessage) {
  const paths = reviewPaths(key, target.contentDir);
  return {
    branch: { repositoryNameWithOwner: target.repo, branchName: target.branch },
    expectedHeadOid: headOid,
    message: {
      headline: `Medical review: approve ${key.collection}/${key.slug}`,
      body: `Reviewer: ${message.reviewer}\nChange note: ${message.changeNote}\n\nRecorded through the staff area's review screen.`,
    },
    fileChanges: {
      additions: [
        { path: paths.record, contents: base64(serialiseRecord(record)) },
        { path: paths.approved, contents: base64(approvedSource) },
      ],
    },
  };
}

type GraphQLError = { type?: string; message?: string };

/** Why a GitHub answer is a failure, in the reviewer's terms (null: it is not one). */
export function githubFailure(status: number, errors: readonly GraphQLError[] | undefined): StoreFailure | null {
  if (status === 401) return 'sign-in';
  if (status === 403 || status === 404) return 'no-access';
  if (status >= 400) return 'github-failed';
  if (!errors?.length) return null;
  if (errors.some((e) => e.type === 'STALE_DATA' || /expected branch to point to/i.test(e.message ?? ''))) return 'branch-moved';
  if (errors.some((e) => e.type === 'NOT_FOUND' || e.type === 'FORBIDDEN')) return 'no-access';
  return 'github-failed';
}

type Blob = { object: { text: string | null; isTruncated: boolean } | null } | null;
type SnapshotData = { repository: { head: { name: string; target: { oid: string; page: Blob; record: Blob; approved: Blob } | null } | null } | null };

function blobText(blob: Blob, path: string): string | null {
  if (!blob?.object) return null;
  if (blob.object.isTruncated || blob.object.text === null) throw new ReviewStoreError('github-failed', `${path} is too large or not text`);
  return blob.object.text;
}

export function githubReviewStore(target: GitHubReviewTarget): ReviewStore {
  const [owner, name] = target.repo.split('/');
  async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    let res: Response;
    try {
      res = await fetch(graphqlUrl(target.apiUrl), {
        method: 'POST',
        headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/json', accept: 'application/json', 'user-agent': 'clinic-site-reviews' },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(20_000),
      });
    } catch (error) {
      throw new ReviewStoreError('github-failed', `GitHub could not be reached: ${(error as Error).message}`);
    }
    const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: GraphQLError[] };
    const failure = githubFailure(res.status, body.errors);
    if (failure) throw new ReviewStoreError(failure, body.errors?.[0]?.message ?? `HTTP ${res.status}`);
    if (!body.data) throw new ReviewStoreError('github-failed', 'empty answer');
    return body.data;
  }

  return {
    kind: 'github',
    async read(key) {
      const paths = reviewPaths(key, target.contentDir);
      const data = await graphql<SnapshotData>(snapshotQuery(target.branch), {
        owner,
        name,
        ...paths,
        ...(target.branch === null ? {} : { branch: `refs/heads/${target.branch}` }),
      });
      if (!data.repository) throw new ReviewStoreError('no-access', target.repo);
      const head = data.repository.head;
      if (!head?.target) throw new ReviewStoreError('github-failed', `branch ${target.branch ?? '(default)'} not found in ${target.repo}`);
      const record = blobText(head.target.record, paths.record);
      return {
        source: blobText(head.target.page, paths.page),
        record: record === null ? null : parseRecord(record),
        approvedSource: blobText(head.target.approved, paths.approved),
        headOid: head.target.oid,
        branch: head.name,
      } satisfies PageSnapshot;
    },
    async writeApproval(snapshot, key, record, message) {
      if (!snapshot.headOid || snapshot.source === null || !snapshot.branch) throw new ReviewStoreError('github-failed', 'approval written without reading the page first');
      const input = approvalCommitInput({ repo: target.repo, branch: snapshot.branch, contentDir: target.contentDir }, key, snapshot.headOid, record, snapshot.source, message);
      await graphql(COMMIT_MUTATION, { input });
    },
  };
}
