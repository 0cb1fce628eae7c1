import { describe, expect, it } from 'vitest';
import { evaluate, globMatch } from './evaluate';

const doc = (...statements: [effect: 'Allow' | 'Deny', actions: string[]][]) =>
  JSON.stringify({
    Version: '2016-04-01',
    Statements: statements.map(([Effect, Actions]) => ({ Effect, Actions, Resources: ['*'] })),
  });

describe('policy evaluation', () => {
  it.each([
    ['*', 'Gs2Identifier:DescribeUsers', true],
    ['Gs2Identifier:*', 'Gs2Identifier:DescribeUsers', true],
    ['Gs2Identifier:Describe*', 'Gs2Identifier:DescribeUsers', true],
    ['Gs2Identifier:Describe*', 'Gs2Identifier:GetUser', false],
    ['Gs2Identifier:GetUse?', 'Gs2Identifier:GetUser', true],
    ['Gs2Identifier:GetUser', 'Gs2Identifier:GetUserX', false],
    ['Gs2Account:*', 'Gs2Identifier:GetUser', false],
    ['Gs2Identifier.GetUser', 'Gs2IdentifierXGetUser', false],
    ['(a|b)', 'a', false],
    ['*', '', true],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXbYY', false],
    ['**Users', 'Gs2Identifier:DescribeUsers', true],
  ])('%s matches %s: %s', (pattern, action, expected) => {
    expect(globMatch(pattern, action)).toBe(expected);
  });

  it('matches a pattern of many stars without backtracking (a regex would outlast the test timeout)', () => {
    expect(globMatch(`${'*'.repeat(5000)}x`, 'Gs2Identifier:DescribeUsers'.repeat(40))).toBe(false);
  });

  it('grants the union of Allows across documents', () => {
    const docs = [doc(['Allow', ['Gs2Identifier:GetUser']]), doc(['Allow', ['Gs2Identifier:DescribeUsers']])];
    expect(evaluate(docs, 'Gs2Identifier:GetUser')).toBe('allow');
    expect(evaluate(docs, 'Gs2Identifier:DescribeUsers')).toBe('allow');
    expect(evaluate(docs, 'Gs2Identifier:DeleteUser')).toBe('none');
  });

  it('lets a Deny in any document win, whatever the order', () => {
    const allowAll = doc(['Allow', ['*']]);
    const denyDelete = doc(['Deny', ['Gs2Identifier:Delete*']]);
    expect(evaluate([allowAll, denyDelete], 'Gs2Identifier:DeleteUser')).toBe('deny');
    expect(evaluate([denyDelete, allowAll], 'Gs2Identifier:DeleteUser')).toBe('deny');
    expect(evaluate([allowAll, denyDelete], 'Gs2Identifier:GetUser')).toBe('allow');
  });

  it('grants nothing from documents that are not policies', () => {
    expect(
      evaluate(
        ['{}', '{"hoge":"fuga"}', 'not json', '{"Statements":[{"Effect":"Maybe","Actions":["*"]}]}'],
        'Gs2Identifier:GetUser',
      ),
    ).toBe('none');
  });
});
