import { describe, expect, it } from 'vitest';
import { lintPolicy } from './lint';

const doc = (...statements: object[]) =>
  JSON.stringify({ Version: '2024-07-01', Statement: statements }, null, 2);

describe('lintPolicy', () => {
  it('finds nothing in a tidy document', () => {
    expect(
      lintPolicy(doc({ Sid: 'A', Effect: 'Allow', Action: ['iam:List*', 'iam:*[Read]'], Resource: ['*'] })),
    ).toEqual([]);
  });

  it('warns about Allow * on *, with or without Resource', () => {
    for (const s of [
      { Sid: 'A', Effect: 'Allow', Action: ['*'], Resource: ['*'] },
      { Sid: 'A', Effect: 'Allow', Action: ['*'] },
    ]) {
      const text = doc(s);
      const [f] = lintPolicy(text);
      expect(f).toMatchObject({ rule: 'allow-all', severity: 'warning' });
      expect(text.split('\n')[(f?.line ?? 0) - 1]).toContain('"*"');
    }
    expect(lintPolicy(doc({ Sid: 'D', Effect: 'Deny', Action: ['*'], Resource: ['*'] }))).toEqual([]);
  });

  it('rejects Action with NotAction, and duplicate Sids on the second statement', () => {
    const text = doc(
      { Sid: 'S', Effect: 'Allow', Action: ['iam:ListUsers'], NotAction: ['iam:DeleteUser'] },
      { Sid: 'S', Effect: 'Deny', Action: ['iam:DeleteUser'] },
    );
    const findings = lintPolicy(text);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['action-and-not-action', 'error'],
      ['duplicate-sid', 'error'],
    ]);
    const dup = findings[1];
    expect(dup?.line).toBeGreaterThan(findings[0]?.line ?? 0);
    // Missing Sids all default to statement1 and collide too.
    expect(
      lintPolicy(
        doc({ Effect: 'Allow', Action: ['iam:ListUsers'] }, { Effect: 'Allow', Action: ['iam:ListRoles'] }),
      ),
    ).toMatchObject([{ rule: 'duplicate-sid' }]);
  });

  it('warns about unknown actions, levels and IAM wildcards matching nothing', () => {
    const messages = lintPolicy(
      doc({
        Sid: 'A',
        Effect: 'Allow',
        Action: ['iam:ListUser', 'iam:Frobnicate*', '*[List,Wipe]', 'virtualserver:*', 'sts:AssumeRole'],
      }),
    ).map((f) => f.message);
    expect(messages).toEqual([
      'Unknown action iam:ListUser.',
      'iam:Frobnicate* matches no IAM action.',
      'Unknown access level "Wipe" in *[List,Wipe].',
    ]);
  });

  it('reports invalid JSON at its position', () => {
    expect(lintPolicy('{\n  "Version": "2024-07-01",\n}')).toMatchObject([
      { rule: 'json', line: 3, column: 1 },
    ]);
  });
});
