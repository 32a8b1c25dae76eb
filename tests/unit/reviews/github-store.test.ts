/** The GitHub review store's pure parts: endpoints, paths, the commit it asks for, and how failures read. */
import { describe, expect, it } from 'vitest';
import { approvalCommitInput, githubFailure, graphqlUrl, reviewPaths, snapshotQuery } from '@/lib/reviews/github-store';
import { parseRecord, type ReviewRecord } from '@/lib/reviews/record';
import { reviewBranch, reviewWriting } from '@/lib/reviews/where';

const key = { collection: 'articles', slug: 'knee-pain' } as const;
const record: ReviewRecord = {
  page: 'articles/knee-pain',
  approvals: [
    { hash: `sha256:${'a'.repeat(64)}`, reviewer: 'rowan-ashcombe', author: 'priya-lindqvist', reviewedOn: '2026-12-02', nextReviewDue: '2027-12-01', changeNote: 'Added the 2022 trial of fat injections' },
  ],
};

describe('github review store helpers', () => {
  it('finds the GraphQL endpoint of github.com and of GitHub Enterprise Server', () => {
    expect(graphqlUrl('https://api.github.com')).toBe('https://api.github.com/graphql');
    expect(graphqlUrl('https://api.github.com/')).toBe('https://api.github.com/graphql');
    expect(graphqlUrl('https://git.clinic.example/api/v3')).toBe('https://git.clinic.example/api/graphql');
    expect(graphqlUrl('https://git.clinic.example/api/v3/')).toBe('https://git.clinic.example/api/graphql');
  });

  it('keeps the same files as local mode, under the content folder', () => {
    expect(reviewPaths(key)).toEqual({
      page: 'content/articles/knee-pain.mdx',
      record: 'content/reviews/articles/knee-pain.json',
      approved: 'content/reviews/articles/knee-pain.approved.txt',
    });
    expect(reviewPaths(key, 'site/content/').page).toBe('site/content/articles/knee-pain.mdx');
  });

  it('reads the default branch unless one is configured', () => {
    expect(snapshotQuery(null)).toContain('head: defaultBranchRef');
    expect(snapshotQuery(null)).not.toContain('$branch');
    expect(snapshotQuery('content/reviews')).toContain('head: ref(qualifiedName: $branch)');
  });

  it('asks for one commit of both files, on top of the head it read, with page, reviewer and note in the message', () => {
    const input = approvalCommitInput({ repo: 'clinic/site', branch: 'main' }, key, 'abc123', record, 'page source ✓\n', {
      reviewer: 'rowan-ashcombe',
      changeNote: 'Added the 2022 trial of fat injections',
    });
    expect(input.expectedHeadOid).toBe('abc123');
    expect(input.branch).toEqual({ repositoryNameWithOwner: 'clinic/site', branchName: 'main' });
    expect(input.message.headline).toBe('Medical review: approve articles/knee-pain');
    expect(input.message.body).toContain('Reviewer: rowan-ashcombe');
    expect(input.message.body).toContain('Change note: Added the 2022 trial of fat injections');
    const [json, text] = input.fileChanges.additions;
    expect(json.path).toBe('content/reviews/articles/knee-pain.json');
    expect(parseRecord(Buffer.from(json.contents, 'base64').toString('utf8'))).toEqual(record);
    expect(text.path).toBe('content/reviews/articles/knee-pain.approved.txt');
    expect(Buffer.from(text.contents, 'base64').toString('utf8')).toBe('page source ✓\n');
  });

  it('says why GitHub refused, in the reviewer’s terms', () => {
    expect(githubFailure(200, undefined)).toBeNull();
    expect(githubFailure(200, [])).toBeNull();
    expect(githubFailure(401, undefined)).toBe('sign-in');
    expect(githubFailure(403, undefined)).toBe('no-access');
    expect(githubFailure(502, undefined)).toBe('github-failed');
    expect(githubFailure(200, [{ message: 'Expected branch to point to "abc" but it did not. Pull and try again.' }])).toBe('branch-moved');
    expect(githubFailure(200, [{ type: 'STALE_DATA', message: 'x' }])).toBe('branch-moved');
    expect(githubFailure(200, [{ type: 'NOT_FOUND', message: 'Could not resolve to a Repository' }])).toBe('no-access');
    expect(githubFailure(200, [{ message: 'Something else' }])).toBe('github-failed');
  });

  it('chooses the store from the editor mode, and asks for the editor sign-in in GitHub mode', () => {
    expect(reviewWriting({ NODE_ENV: 'production' })).toMatchObject({ ok: false });
    expect(reviewWriting({ NODE_ENV: 'development' })).toMatchObject({ ok: true, store: { kind: 'local' } });
    const github = { NEXT_PUBLIC_KEYSTATIC_STORAGE: 'github', NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO: 'clinic/site' };
    expect(reviewWriting(github)).toMatchObject({ ok: false, signIn: true, reason: expect.stringMatching(/^Sign in to the editor with GitHub first/) });
    expect(reviewWriting(github, 'token')).toMatchObject({ ok: true, store: { kind: 'github' } });
  });

  it('takes the default or configured branch, or one of the editor’s own branches, and nothing else', () => {
    const opts = { prefix: 'content/' };
    expect(reviewBranch(undefined, opts)).toEqual({ ok: true, branch: null });
    expect(reviewBranch('  ', opts)).toEqual({ ok: true, branch: null });
    expect(reviewBranch('', { ...opts, configured: 'reviews' })).toEqual({ ok: true, branch: 'reviews' });
    expect(reviewBranch('reviews', { ...opts, configured: 'reviews' })).toEqual({ ok: true, branch: 'reviews' });
    expect(reviewBranch('content/knee-update', opts)).toEqual({ ok: true, branch: 'content/knee-update' });
    for (const bad of ['main', 'content/', 'content/../main', 'content//x', 'content/x/', 'content/x.lock', 'content/a b', 'content/$(x)', `content/${'a'.repeat(200)}`]) {
      expect(reviewBranch(bad, opts), bad).toEqual({ ok: false });
    }
    const github = { NEXT_PUBLIC_KEYSTATIC_STORAGE: 'github', NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO: 'clinic/site' };
    expect(reviewWriting(github, 'token', 'main')).toMatchObject({ ok: false, reason: expect.stringContaining('start with content/') });
  });
});
