import { fail } from '../errors';

/**
 * The user identity attributes of the seed's Chapter 6: the standard LDAP ones (all multi-valued but four)
 * and the Cloud Identity Service ones. Names are matched case-insensitively, as LDAP does, and stored in
 * the spelling of this catalogue; any other well-formed name is an organisation's custom attribute.
 */
const LDAP_ATTRIBUTES = [
  'accessHint',
  'accountHint',
  'audio',
  'businessCategory',
  'c',
  'carLicense',
  'cn',
  'configPtr',
  'departmentNumber',
  'description',
  'destinationIndicator',
  'displayName',
  'employeeNumber',
  'employeeType',
  'facsimileTelephoneNumber',
  'generationQualifier',
  'givenName',
  'homeFax',
  'homePhone',
  'initials',
  'internationalISDNNumber',
  'jpegPhoto',
  'l',
  'labeledURI',
  'mail',
  'manager',
  'middleName',
  'mobile',
  'o',
  'objectClass',
  'organizationalStatus',
  'otherMailbox',
  'ou',
  'pager',
  'personalTitle',
  'photo',
  'physicalDeliveryOfficeName',
  'postalAddress',
  'postalCode',
  'postOfficeBox',
  'preferredDeliveryMethod',
  'preferredLanguage',
  'registeredAddress',
  'roomNumber',
  'secretary',
  'seeAlso',
  'sn',
  'st',
  'street',
  'telephoneNumber',
  'teletexTerminalIdentifier',
  'telexNumber',
  'thumbnailLogo',
  'thumbnailPhoto',
  'title',
  'uid',
  'uniqueIdentifier',
  'userCertificate',
  'userPKCS12',
  'userPassword',
  'userSMIMECertificate',
  'x121Address',
  'x500UniqueIdentifier',
] as const;

const CIS_ATTRIBUTES = [
  'gtwayAddressLine1',
  'gtwayAddressLine2',
  'gtwayDelegate',
  'gtwayIsManager',
  'gtwayLastRecertDate',
  'gtwayManager',
  'gtwayUserType',
  'gtwayUUID',
] as const;

const SINGLE_VALUED = new Set<string>([
  'c',
  'employeeNumber',
  'preferredDeliveryMethod',
  'preferredLanguage',
  'uid',
  ...CIS_ATTRIBUTES,
]);

/** Never changed through attribute updates: the key, the user name, and the reserved password. */
export const READ_ONLY = new Set(['gtwayUUID', 'uid', 'userPassword']);

/** The attributes `gma_allAttrs=false` returns, in the seed's order. */
export const LIGHTWEIGHT = [
  'uid',
  'gtwayUUID',
  'cn',
  'givenName',
  'middleName',
  'sn',
  'mail',
  'gtwayAddressLine1',
  'gtwayAddressLine2',
  'gtwayUserType',
  'gtwayIsManager',
  'gtwayManager',
  'gtwayDelegate',
  'gma_isAccount',
] as const;

const CANONICAL = new Map<string, string>(
  [...LDAP_ATTRIBUTES, ...CIS_ATTRIBUTES].map((n) => [n.toLowerCase(), n]),
);
const NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** The stored spelling of an attribute name, or a 400 for a name LDAP would refuse. */
export function canonicalName(name: string, existing: Record<string, string[]> = {}): string {
  if (!NAME.test(name))
    throw fail.invalid(`"${name}" is not a valid attribute name`, { [name]: 'invalid attribute name' });
  const known = CANONICAL.get(name.toLowerCase());
  if (known) return known;
  return Object.keys(existing).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
}

export function isSingleValued(name: string): boolean {
  return SINGLE_VALUED.has(name);
}

/** Normalises values as the directory stores them; a single-valued attribute keeps its last value. */
export function normaliseValues(name: string, values: string[]): string[] {
  const kept = values.filter((v) => v !== '');
  if (name === 'gtwayIsManager') {
    return kept.slice(-1).map((v) => {
      if (!/^(true|false)$/i.test(v))
        throw fail.invalid('gtwayIsManager must be TRUE or FALSE', {
          gtwayIsManager: 'must be TRUE or FALSE',
        });
      return v.toUpperCase();
    });
  }
  if (name === 'c' && kept.some((v) => !/^[A-Za-z]{2}$/.test(v))) {
    throw fail.invalid('c must be a two-letter ISO 3166 country code', {
      c: 'must be a two-letter country code',
    });
  }
  return isSingleValued(name) ? kept.slice(-1) : [...new Set(kept)];
}

/** cn follows givenName, middleName and sn unless it was set explicitly. */
export function composedCn(attrs: Record<string, string[]>): string {
  return ['givenName', 'middleName', 'sn']
    .map((k) => attrs[k]?.[0])
    .filter((v): v is string => Boolean(v))
    .join(' ');
}

export const NAME_PARTS = new Set(['givenName', 'middleName', 'sn']);
