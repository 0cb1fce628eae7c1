import { describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../wire/common';
import { IAM_ACTIONS } from './actions';
import { scpPolicySchema } from './policy-schema';

type Obj = Record<string, unknown>;
const dig = (o: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v as Obj | undefined)?.[k], o);

describe('scpPolicySchema', () => {
  const schema = scpPolicySchema({ regions: ['kr-west1', 'eu-x'] });
  const statement = dig(schema, 'properties', 'Statement', 'items');

  it('requires what the wire schema requires', () => {
    expect(schema.required).toEqual(['Version', 'Statement']);
    expect(dig(statement, 'required')).toEqual(['Effect']);
    expect(dig(statement, 'properties', 'Effect', 'enum')).toEqual(['Allow', 'Deny']);
    expect(PolicyDocument.safeParse({ Version: 'x', Statement: [{ Effect: 'Maybe' }] }).success).toBe(false);
    expect(scpPolicySchema({ trust: true }).properties).toMatchObject({
      Statement: { items: { required: ['Effect', 'Principal'] } },
    });
  });

  it('offers every catalogue action, the operators and the region values', () => {
    const examples = dig(statement, 'properties', 'Action', 'items', 'examples') as string[];
    for (const a of IAM_ACTIONS) expect(examples).toContain(a.action);
    expect(examples).toContain('*[List,Read]');
    const condition = dig(statement, 'properties', 'Condition', 'properties') as Obj;
    expect(Object.keys(condition)).toContain('StringEquals');
    expect(JSON.stringify(condition.StringEquals)).toContain('eu-x');
  });
});
