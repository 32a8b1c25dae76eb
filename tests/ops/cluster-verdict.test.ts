/** The cluster test's verdicts: a lost or doubled booking or email must fail it. */
import { describe, expect, it } from 'vitest';
import { judgeBookings, judgeMail, table } from '../../scripts/lib/cluster/verdict';
import { renderTemplate } from '../../scripts/lib/cluster/nginx';

describe('judgeBookings', () => {
  it('finds answered requests that were not stored, and stored twice', () => {
    const v = judgeBookings(
      [
        { email: 'a', status: 303 },
        { email: 'b', status: 303 },
        { email: 'c', status: 502 },
        { email: 'd', status: 'socket hang up' },
      ],
      ['a', 'a', 'c'],
    );
    expect(v).toEqual({ sent: 4, answeredOk: 2, stored: 3, lost: ['b'], duplicated: ['a'], storedUnanswered: 1 });
  });
});

describe('judgeMail', () => {
  const queued = [{ messageId: '<1>' }, { messageId: '<2>' }, { messageId: '<3>' }, { messageId: '<4>' }];
  it('tells lost, once, resent after the kill and real duplicates apart', () => {
    const v = judgeMail(
      queued,
      [
        { messageId: '<1>', sender: 'b1' },
        { messageId: '<2>', sender: 'a1' },
        { messageId: '<2>', sender: 'b1' },
        { messageId: '<3>', sender: 'b1' },
        { messageId: '<3>', sender: 'a2' },
        { messageId: '<9>', sender: 'b1' },
      ],
      ['a1'],
    );
    expect(v).toEqual({ queued: 4, deliveredOnce: 1, lost: ['<4>'], resentAfterKill: ['<2>'], duplicated: ['<3>', '<9>'] });
  });
});

describe('renderTemplate', () => {
  it('fills ${NAME} placeholders, leaves nginx variables, and refuses a missing value', () => {
    expect(renderTemplate('server ${APP_1}; proxy_set_header Host $http_host;', { APP_1: '127.0.0.1:1' })).toBe('server 127.0.0.1:1; proxy_set_header Host $http_host;');
    expect(() => renderTemplate('listen ${LISTEN}; ${CACHE_DIR}', {})).toThrow('No value for LISTEN, CACHE_DIR in the nginx template');
  });
});

describe('table', () => {
  it('prints aligned markdown rows', () => {
    expect(table([['a', '1'], ['longer', '22']])).toBe('| metric | value |\n|--------|-------|\n| a      | 1     |\n| longer | 22    |');
  });
});
