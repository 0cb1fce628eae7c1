import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../../wire/common';
import { explain, type AccessRequest } from './evaluate';

const req: AccessRequest = {
  action: 'iam:DeleteGroup',
  level: 'DELETE',
  resource: 'srn:e::acc:::iam:group/g1',
  context: { 'scp:RequestedRegion': 'kr-west1' },
};
const policy = (name: string, ...Statement: PolicyDocument['Statement']) => ({
  name,
  document: { Version: '2024-07-01', Statement },
});

describe('explain', () => {
  it('names the Deny that decided even when an Allow came first', () => {
    const r = explain(
      [
        policy('admin', { Sid: 'All', Effect: 'Allow', Action: ['*'] }),
        policy(
          'guard',
          { Sid: 'Other', Effect: 'Allow', Action: ['iam:List*'] },
          {
            Sid: 'NoDelete',
            Effect: 'Deny',
            Action: ['*[Delete]'],
          },
        ),
      ],
      req,
    );
    expect(r.decision).toBe('EXPLICIT_DENY');
    expect(r.decidedBy).toMatchObject({
      source: { name: 'guard' },
      index: 1,
      statement: { Sid: 'NoDelete' },
    });
    expect(r.matched.map((m) => m.statement.Sid)).toEqual(['All', 'NoDelete']);
  });

  it('names the first Allow, or nothing when no statement applies', () => {
    const allow = explain([policy('p', { Sid: 'G', Effect: 'Allow', Action: ['iam:*Group'] })], req);
    expect(allow).toMatchObject({ decision: 'ALLOW', decidedBy: { statement: { Sid: 'G' } } });
    const none = explain([policy('p', { Sid: 'U', Effect: 'Allow', Action: ['iam:DeleteUser'] })], req);
    expect(none.decision).toBe('IMPLICIT_DENY');
    expect(none.decidedBy).toBeUndefined();
  });
});
