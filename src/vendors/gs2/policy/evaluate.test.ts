import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';

const doc = (...statements: { Effect: 'Allow' | 'Deny'; Actions: string[] }[]) =>
  JSON.stringify({ Version: '2016-04-01', Statements: statements.map((s) => ({ ...s, Resources: ['*'] })) });

describe('evaluate (browser entry of the emulator evaluator)', () => {
  it('grants by any allow across documents and lets a deny win', () => {
    const read = doc({ Effect: 'Allow', Actions: ['Gs2Identifier:Describe*', 'Gs2Identifier:Get*'] });
    const noUsers = doc({ Effect: 'Deny', Actions: ['Gs2Identifier:DescribeUsers'] });
    expect(evaluate([read], 'Gs2Identifier:GetUser')).toBe('allow');
    expect(evaluate([read], 'Gs2Identifier:CreateUser')).toBe('none');
    expect(evaluate([read, noUsers], 'Gs2Identifier:DescribeUsers')).toBe('deny');
  });
  it('ignores documents that are not policies', () => {
    expect(evaluate(['{}', 'not json'], 'Gs2Identifier:GetUser')).toBe('none');
  });
});

describe('explain', () => {
  it('lists the statements that match and keeps the evaluator decision', async () => {
    const { explain } = await import('./explain');
    const p = (name: string, policy: string) => ({
      securityPolicyId: `grn:gs2::o:identifier:securityPolicy:${name}`,
      name,
      policy,
      createdAt: 0,
      updatedAt: 0,
    });
    const r = explain(
      [
        p('read', doc({ Effect: 'Allow', Actions: ['Gs2Identifier:Get*'] })),
        p('block', doc({ Effect: 'Deny', Actions: ['Gs2Identifier:GetUser'] })),
        p('broken', '{'),
      ],
      'Gs2Identifier:GetUser',
    );
    expect(r.decision).toBe('deny');
    expect(r.matches).toEqual([
      { policy: 'read', effect: 'Allow', pattern: 'Gs2Identifier:Get*' },
      { policy: 'block', effect: 'Deny', pattern: 'Gs2Identifier:GetUser' },
    ]);
  });
});
