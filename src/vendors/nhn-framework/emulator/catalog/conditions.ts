import type { AssignAttributeCondition, AttributeCondition } from '../../wire/common';

type AttributeDefinition = Pick<
  AttributeCondition,
  'attributeId' | 'attributeName' | 'attributeDescription' | 'attributeDataTypeCode'
>;

/**
 * The condition attributes roles can be constrained by. No seed endpoint lists them, so this catalogue
 * only serves to enrich assignments on read-back and to reject unknown attribute IDs.
 */
export const CONDITION_ATTRIBUTES: readonly AttributeDefinition[] = [
  {
    attributeId: 'SOURCE_IP',
    attributeName: 'Source IP',
    attributeDescription: 'Address the request comes from',
    attributeDataTypeCode: 'IPADDRESS',
  },
  {
    attributeId: 'ACCESS_TIME',
    attributeName: 'Access time',
    attributeDescription: 'Time of day of the request',
    attributeDataTypeCode: 'TIME',
  },
  {
    attributeId: 'ACCESS_DAY',
    attributeName: 'Access day',
    attributeDescription: 'Day of the week of the request',
    attributeDataTypeCode: 'DAY_OF_WEEK',
  },
  {
    attributeId: 'ACCESS_DATETIME',
    attributeName: 'Access period',
    attributeDescription: 'Date and time of the request',
    attributeDataTypeCode: 'DATETIME',
  },
  {
    attributeId: 'MFA_VERIFIED',
    attributeName: 'Second factor verified',
    attributeDescription: 'Whether the session passed MFA',
    attributeDataTypeCode: 'BOOLEAN',
  },
];

export const knownAttribute = (attributeId: string): boolean =>
  CONDITION_ATTRIBUTES.some((a) => a.attributeId === attributeId);

export function enrichConditions(
  conditions: AssignAttributeCondition[] | undefined,
): AttributeCondition[] | undefined {
  return conditions?.flatMap((cond) => {
    const def = CONDITION_ATTRIBUTES.find((a) => a.attributeId === cond.attributeId);
    return def ? [{ ...def, ...cond }] : [];
  });
}
