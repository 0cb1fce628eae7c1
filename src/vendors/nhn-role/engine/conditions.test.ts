import { describe, expect, it } from 'vitest';
import type { AttributeDataTypeCode, AttributeOperatorTypeCode } from '../wire/common';
import { OPERATORS_BY_TYPE, evaluateCondition, validateCondition } from './conditions';

const cond = (op: AttributeOperatorTypeCode, values: string[]) => ({
  attributeId: 'a',
  attributeOperatorTypeCode: op,
  attributeValues: values,
});

/** [type, operator, condition values, request value, expected] */
const CASES: [AttributeDataTypeCode, AttributeOperatorTypeCode, string[], string, boolean][] = [
  ['STRING', 'ANY_MATCH', ['GPU', 'TPU'], 'GPU', true],
  ['STRING', 'ANY_MATCH', ['GPU'], 'CPU', false],
  ['STRING', 'NONE_MATCH', ['GPU'], 'CPU', true],
  ['STRING', 'NONE_MATCH', ['GPU'], 'GPU', false],
  ['STRING', 'ANY_CONTAINS', ['prod', 'stage'], 'bucket-prod-1', true],
  ['STRING', 'ANY_CONTAINS', ['prod'], 'bucket-dev', false],
  ['STRING', 'ALL_CONTAINS', ['bucket', 'prod'], 'bucket-prod', true],
  ['STRING', 'ALL_CONTAINS', ['bucket', 'prod'], 'bucket-dev', false],
  ['STRING', 'NOT_CONTAINS', ['prod'], 'bucket-dev', true],
  ['STRING', 'NOT_CONTAINS', ['prod'], 'bucket-prod', false],
  ['NUMERIC', 'GREATER_THAN', ['10'], '11', true],
  ['NUMERIC', 'GREATER_THAN', ['10'], '10', false],
  ['NUMERIC', 'GREATER_THAN_OR_EQUAL_TO', ['10'], '10', true],
  ['NUMERIC', 'LESS_THAN', ['10'], '9.5', true],
  ['NUMERIC', 'LESS_THAN', ['10'], '10', false],
  ['NUMERIC', 'LESS_THAN_OR_EQUAL_TO', ['10'], '10', true],
  ['NUMERIC', 'BETWEEN', ['1', '5'], '5', true],
  ['NUMERIC', 'BETWEEN', ['1', '5'], '6', false],
  ['NUMERIC', 'BEYOND', ['1', '5'], '6', true],
  ['NUMERIC', 'BEYOND', ['1', '5'], '3', false],
  ['NUMERIC', 'ANY_MATCH', ['1', '2'], '2.0', true],
  ['NUMERIC', 'NONE_MATCH', ['1', '2'], '3', true],
  ['NUMERIC', 'GREATER_THAN', ['10'], 'eleven', false],
  ['DATETIME', 'GREATER_THAN', ['2026-01-01T00:00:00.000+00:00'], '2026-06-01T00:00:00Z', true],
  ['DATETIME', 'LESS_THAN', ['2026-01-01T00:00:00.000+00:00'], '2026-06-01T00:00:00Z', false],
  ['DATETIME', 'GREATER_THAN_OR_EQUAL_TO', ['2026-01-01T00:00:00Z'], '2026-01-01T09:00:00+09:00', true],
  ['DATETIME', 'LESS_THAN_OR_EQUAL_TO', ['2026-01-01T00:00:00Z'], '2026-01-01T00:00:00.001Z', false],
  [
    'DATETIME',
    'BETWEEN',
    ['2026-01-01T00:00:00Z', '2026-12-31T23:59:59Z'],
    '2026-03-01T09:00:00+09:00',
    true,
  ],
  ['DATETIME', 'BEYOND', ['2026-01-01T00:00:00Z', '2026-12-31T23:59:59Z'], '2027-01-01T00:00:00Z', true],
  ['TIME', 'BETWEEN', ['09:00', '18:00'], '12:30', true],
  ['TIME', 'BETWEEN', ['09:00', '18:00'], '18:00:01', false],
  ['TIME', 'BETWEEN', ['22:00', '06:00'], '23:15', true],
  ['TIME', 'BETWEEN', ['22:00', '06:00'], '12:00', false],
  ['TIME', 'BEYOND', ['09:00', '18:00'], '20:00', true],
  ['TIME', 'GREATER_THAN', ['09:00'], '09:00:01', true],
  ['TIME', 'LESS_THAN', ['09:00'], '08:59:59', true],
  ['TIME', 'GREATER_THAN_OR_EQUAL_TO', ['09:00'], '08:59', false],
  ['TIME', 'LESS_THAN_OR_EQUAL_TO', ['09:00'], '09:00', true],
  ['DAY_OF_WEEK', 'ANY_MATCH', ['MONDAY', 'TUESDAY'], 'TUESDAY', true],
  ['DAY_OF_WEEK', 'ANY_MATCH', ['MONDAY'], 'SUNDAY', false],
  ['DAY_OF_WEEK', 'NONE_MATCH', ['SATURDAY', 'SUNDAY'], 'FRIDAY', true],
  ['IPADDRESS', 'ALLOW', ['10.0.0.0/8'], '10.20.30.40', true],
  ['IPADDRESS', 'ALLOW', ['10.0.0.0/8', '192.168.1.7'], '192.168.1.7', true],
  ['IPADDRESS', 'ALLOW', ['10.0.0.0/8'], '11.0.0.1', false],
  ['IPADDRESS', 'NOT_ALLOW', ['10.0.0.0/8'], '11.0.0.1', true],
  ['IPADDRESS', 'NOT_ALLOW', ['10.0.0.0/8'], '10.0.0.1', false],
  ['IPADDRESS', 'ALLOW', ['10.0.0.0/8'], 'not-an-ip', false],
  ['BOOLEAN', 'TRUE', [], 'true', true],
  ['BOOLEAN', 'TRUE', [], 'false', false],
  ['BOOLEAN', 'FALSE', [], 'false', true],
  ['BOOLEAN', 'FALSE', [], 'yes', false],
];

describe('condition operators', () => {
  it.each(CASES)('%s %s %j with %s = %s', (type, op, values, value, expected) => {
    expect(
      validateCondition(cond(op, values), { attributeDataTypeCode: type, usable: true }),
    ).toBeUndefined();
    expect(evaluateCondition(cond(op, values), type, value)).toBe(expected);
  });

  it('covers all 15 operators and all 7 data types', () => {
    expect(new Set(CASES.map((c) => c[1])).size).toBe(15);
    expect(new Set(CASES.map((c) => c[0])).size).toBe(7);
  });

  it('publishes an operator table whose every entry is exercised above', () => {
    for (const [type, ops] of Object.entries(OPERATORS_BY_TYPE)) {
      for (const o of ops)
        expect(
          CASES.some((c) => c[0] === type && c[1] === o.operatorTypeCode),
          `${type} ${o.operatorTypeCode}`,
        ).toBe(true);
    }
  });
});

describe('condition validation', () => {
  const attr = (t: AttributeDataTypeCode, usable = true) => ({ attributeDataTypeCode: t, usable });
  it('reports an unknown or unusable attribute as 20001', () => {
    expect(validateCondition(cond('ANY_MATCH', ['x']), undefined)?.code).toBe(20001);
    expect(validateCondition(cond('ANY_MATCH', ['x']), attr('STRING', false))?.code).toBe(20001);
  });
  it('reports an operator the type does not allow as 21001', () => {
    expect(validateCondition(cond('GREATER_THAN', ['1']), attr('STRING'))?.code).toBe(21001);
    expect(validateCondition(cond('ANY_MATCH', ['x']), attr('BOOLEAN'))?.code).toBe(21001);
    expect(validateCondition(cond('ALLOW', ['10.0.0.1']), attr('STRING'))?.code).toBe(21001);
  });
  it('reports a value that does not parse as 21002', () => {
    expect(validateCondition(cond('GREATER_THAN', ['ten']), attr('NUMERIC'))?.code).toBe(21002);
    expect(validateCondition(cond('BETWEEN', ['25:00', '26:00']), attr('TIME'))?.code).toBe(21002);
    expect(validateCondition(cond('ANY_MATCH', ['FUNDAY']), attr('DAY_OF_WEEK'))?.code).toBe(21002);
    expect(validateCondition(cond('ALLOW', ['10.0.0.0/33']), attr('IPADDRESS'))?.code).toBe(21002);
    expect(validateCondition(cond('LESS_THAN', ['2026-13-45']), attr('DATETIME'))?.code).toBe(21002);
    expect(validateCondition(cond('BETWEEN', ['5', '1']), attr('NUMERIC'))?.code).toBe(21002);
  });
  it('reports a wrong number of values as 400', () => {
    expect(validateCondition(cond('BETWEEN', ['1']), attr('NUMERIC'))?.code).toBe(400);
    expect(validateCondition(cond('GREATER_THAN', ['1', '2']), attr('NUMERIC'))?.code).toBe(400);
    expect(validateCondition(cond('TRUE', ['true']), attr('BOOLEAN'))?.code).toBe(400);
    expect(validateCondition(cond('ANY_MATCH', []), attr('STRING'))?.code).toBe(400);
  });
});
