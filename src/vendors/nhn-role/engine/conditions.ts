import type { AttributeDataTypeCode, AttributeOperatorTypeCode } from '../wire/common';
import type { Condition } from './model';

/** Java's Integer.MAX_VALUE: what the vendor's data-type table would show for "no upper bound". */
export const UNBOUNDED = 2_147_483_647;

export type OperatorSpec = { operatorTypeCode: AttributeOperatorTypeCode; min: number; max: number };

const op = (operatorTypeCode: AttributeOperatorTypeCode, min: number, max: number): OperatorSpec => ({
  operatorTypeCode,
  min,
  max,
});
const COMPARISONS = (
  ['GREATER_THAN', 'GREATER_THAN_OR_EQUAL_TO', 'LESS_THAN', 'LESS_THAN_OR_EQUAL_TO'] as const
).map((c) => op(c, 1, 1));
const RANGES = [op('BETWEEN', 2, 2), op('BEYOND', 2, 2)];

/** The operator table served by POST /attributes/data-types and enforced on every condition write. */
export const OPERATORS_BY_TYPE: Record<AttributeDataTypeCode, OperatorSpec[]> = {
  STRING: [
    op('ANY_MATCH', 1, UNBOUNDED),
    op('NONE_MATCH', 1, UNBOUNDED),
    op('ANY_CONTAINS', 1, UNBOUNDED),
    op('ALL_CONTAINS', 1, UNBOUNDED),
    op('NOT_CONTAINS', 1, UNBOUNDED),
  ],
  NUMERIC: [...COMPARISONS, ...RANGES, op('ANY_MATCH', 1, UNBOUNDED), op('NONE_MATCH', 1, UNBOUNDED)],
  DATETIME: [...COMPARISONS, ...RANGES],
  TIME: [...COMPARISONS, ...RANGES],
  DAY_OF_WEEK: [op('ANY_MATCH', 1, 7), op('NONE_MATCH', 1, 7)],
  IPADDRESS: [op('ALLOW', 1, UNBOUNDED), op('NOT_ALLOW', 1, UNBOUNDED)],
  BOOLEAN: [op('TRUE', 0, 0), op('FALSE', 0, 0)],
};

export const DAYS_OF_WEEK = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;

const ipv4ToInt = (ip: string): number | undefined => {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return parts.reduce((acc, p) => acc * 256 + p, 0);
};

/** An IPv4 address or CIDR block as [first, last] addresses. */
function parseIpRange(value: string): [number, number] | undefined {
  const [addr = '', bits, extra] = value.split('/');
  if (extra !== undefined) return undefined;
  const base = ipv4ToInt(addr);
  if (base === undefined) return undefined;
  if (bits === undefined) return [base, base];
  if (!/^\d{1,2}$/.test(bits) || Number(bits) > 32) return undefined;
  const size = 2 ** (32 - Number(bits));
  const first = Math.floor(base / size) * size;
  return [first, first + size - 1];
}

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const NUMERIC_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A value as an ordered number for the comparison types; undefined when it does not parse. */
function orderedValue(type: AttributeDataTypeCode, v: string): number | undefined {
  switch (type) {
    case 'NUMERIC':
      return NUMERIC_RE.test(v.trim()) ? Number(v) : undefined;
    case 'DATETIME': {
      if (!DATETIME_RE.test(v)) return undefined;
      const t = Date.parse(v);
      return Number.isNaN(t) ? undefined : t;
    }
    case 'TIME': {
      const m = TIME_RE.exec(v);
      return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0) : undefined;
    }
    default:
      return undefined;
  }
}

/** Whether a single value is well formed for the data type (condition values and check values alike). */
export function isValidValue(type: AttributeDataTypeCode, v: string): boolean {
  switch (type) {
    case 'STRING':
      return true;
    case 'NUMERIC':
    case 'DATETIME':
    case 'TIME':
      return orderedValue(type, v) !== undefined;
    case 'DAY_OF_WEEK':
      return (DAYS_OF_WEEK as readonly string[]).includes(v);
    case 'IPADDRESS':
      return parseIpRange(v) !== undefined;
    case 'BOOLEAN':
      return v === 'true' || v === 'false';
  }
}

export type ConditionProblem = { code: 20001 | 21001 | 21002 | 400; detail: string };

/** The attribute facts a condition needs: its type, and whether the role in question may use it. */
export type AttributeForCondition = { attributeDataTypeCode: AttributeDataTypeCode; usable: boolean };

/** Checks one condition against the operator table; the caller maps the problem to a result code. */
export function validateCondition(
  cond: Condition,
  attribute: AttributeForCondition | undefined,
): ConditionProblem | undefined {
  if (!attribute?.usable) return { code: 20001, detail: cond.attributeId };
  const spec = OPERATORS_BY_TYPE[attribute.attributeDataTypeCode].find(
    (o) => o.operatorTypeCode === cond.attributeOperatorTypeCode,
  );
  if (!spec) return { code: 21001, detail: `${cond.attributeId}: ${cond.attributeOperatorTypeCode}` };
  const bad = cond.attributeValues.find((v) => !isValidValue(attribute.attributeDataTypeCode, v));
  if (bad !== undefined) return { code: 21002, detail: `${cond.attributeId}: ${bad}` };
  const n = cond.attributeValues.length;
  if (n < spec.min || n > spec.max)
    return {
      code: 400,
      detail: `${cond.attributeId}: ${spec.operatorTypeCode} takes ${spec.min}..${spec.max} values`,
    };
  // A range's bounds must be in order, except TIME where from > to wraps past midnight.
  if (spec.operatorTypeCode === 'BETWEEN' || spec.operatorTypeCode === 'BEYOND') {
    const [a = 0, b = 0] = cond.attributeValues.map(
      (v) => orderedValue(attribute.attributeDataTypeCode, v) ?? 0,
    );
    if (attribute.attributeDataTypeCode !== 'TIME' && a > b)
      return { code: 21002, detail: `${cond.attributeId}: range bounds reversed` };
  }
  return undefined;
}

function inRange(type: AttributeDataTypeCode, v: number, a: number, b: number): boolean {
  if (type === 'TIME' && a > b) return v >= a || v <= b;
  return v >= a && v <= b;
}

/** Evaluates a (validated) condition against the single value sent with a check; a malformed value fails. */
export function evaluateCondition(cond: Condition, type: AttributeDataTypeCode, value: string): boolean {
  const vals = cond.attributeValues;
  if (!isValidValue(type, value)) return false;
  switch (cond.attributeOperatorTypeCode) {
    case 'ANY_MATCH':
      return type === 'NUMERIC' ? vals.some((a) => Number(a) === Number(value)) : vals.includes(value);
    case 'NONE_MATCH':
      return type === 'NUMERIC' ? !vals.some((a) => Number(a) === Number(value)) : !vals.includes(value);
    case 'ANY_CONTAINS':
      return vals.some((a) => value.includes(a));
    case 'ALL_CONTAINS':
      return vals.every((a) => value.includes(a));
    case 'NOT_CONTAINS':
      return !vals.some((a) => value.includes(a));
    case 'TRUE':
      return value === 'true';
    case 'FALSE':
      return value === 'false';
    case 'ALLOW':
    case 'NOT_ALLOW': {
      const ip = parseIpRange(value);
      const inside = vals.some((cidr) => {
        const r = parseIpRange(cidr);
        return r !== undefined && ip !== undefined && ip[0] >= r[0] && ip[1] <= r[1];
      });
      return cond.attributeOperatorTypeCode === 'ALLOW' ? inside : !inside;
    }
    default:
      return compare(cond, type, value);
  }
}

function compare(cond: Condition, type: AttributeDataTypeCode, value: string): boolean {
  const v = orderedValue(type, value);
  const [a, b] = cond.attributeValues.map((x) => orderedValue(type, x));
  if (v === undefined || a === undefined) return false;
  switch (cond.attributeOperatorTypeCode) {
    case 'GREATER_THAN':
      return v > a;
    case 'GREATER_THAN_OR_EQUAL_TO':
      return v >= a;
    case 'LESS_THAN':
      return v < a;
    case 'LESS_THAN_OR_EQUAL_TO':
      return v <= a;
    case 'BETWEEN':
      return b !== undefined && inRange(type, v, a, b);
    case 'BEYOND':
      return b !== undefined && !inRange(type, v, a, b);
    default:
      return false;
  }
}
