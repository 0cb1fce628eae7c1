/**
 * The Chapter 6 attribute catalogue (reference/ibm-cip.md §5) as the forms need it. Every value is a
 * string on the wire; `multi` attributes may hold several and are sent as repeated form keys.
 */
export type AttributeKind = 'text' | 'boolean' | 'country' | 'multiline' | 'binary';
export type AttributeDef = {
  name: string;
  section: 'core' | 'organisation' | 'contact' | 'account' | 'advanced';
  multi: boolean;
  kind: AttributeKind;
  readOnly?: boolean;
};

const SINGLE = new Set(['c', 'employeeNumber', 'preferredDeliveryMethod', 'preferredLanguage']);
const BINARY = new Set([
  'audio',
  'photo',
  'jpegPhoto',
  'userCertificate',
  'userPKCS12',
  'userSMIMECertificate',
  'x500UniqueIdentifier',
  'thumbnailLogo',
  'thumbnailPhoto',
]);

const SECTIONS: Record<Exclude<AttributeDef['section'], 'advanced'>, readonly string[]> = {
  core: [
    'uid',
    'givenName',
    'middleName',
    'sn',
    'cn',
    'displayName',
    'initials',
    'personalTitle',
    'generationQualifier',
    'mail',
    'preferredLanguage',
  ],
  organisation: [
    'title',
    'o',
    'ou',
    'departmentNumber',
    'employeeNumber',
    'employeeType',
    'businessCategory',
    'organizationalStatus',
    'gtwayUserType',
    'gtwayIsManager',
    'gtwayManager',
    'gtwayDelegate',
    'manager',
    'secretary',
  ],
  contact: [
    'telephoneNumber',
    'mobile',
    'homePhone',
    'pager',
    'facsimileTelephoneNumber',
    'homeFax',
    'street',
    'gtwayAddressLine1',
    'gtwayAddressLine2',
    'l',
    'st',
    'postalCode',
    'c',
    'postalAddress',
    'postOfficeBox',
  ],
  account: ['gma_isAccount', 'gtwayUUID'],
};

const OTHER_LDAP = [
  'accessHint',
  'accountHint',
  'audio',
  'carLicense',
  'configPtr',
  'description',
  'destinationIndicator',
  'internationalISDNNumber',
  'jpegPhoto',
  'labeledURI',
  'objectClass',
  'otherMailbox',
  'photo',
  'physicalDeliveryOfficeName',
  'preferredDeliveryMethod',
  'registeredAddress',
  'roomNumber',
  'seeAlso',
  'teletexTerminalIdentifier',
  'telexNumber',
  'thumbnailLogo',
  'thumbnailPhoto',
  'uniqueIdentifier',
  'userCertificate',
  'userPKCS12',
  'userSMIMECertificate',
  'x121Address',
  'x500UniqueIdentifier',
  'gtwayLastRecertDate',
];

function define(name: string, section: AttributeDef['section']): AttributeDef {
  const gtway = name.startsWith('gtway') || name.startsWith('gma_');
  const kind: AttributeKind =
    name === 'gtwayIsManager' || name === 'gma_isAccount'
      ? 'boolean'
      : name === 'c'
        ? 'country'
        : name === 'postalAddress'
          ? 'multiline'
          : BINARY.has(name)
            ? 'binary'
            : 'text';
  return {
    name,
    section,
    multi: !SINGLE.has(name) && !gtway && kind !== 'boolean',
    kind,
    ...(name === 'uid' || name === 'gtwayUUID' || name === 'gtwayLastRecertDate' || kind === 'binary'
      ? { readOnly: true }
      : {}),
  };
}

export const ATTRIBUTES: readonly AttributeDef[] = [
  ...Object.entries(SECTIONS).flatMap(([section, names]) =>
    names.map((n) => define(n, section as AttributeDef['section'])),
  ),
  ...OTHER_LDAP.map((n) => define(n, 'advanced')),
];

const BY_NAME = new Map(ATTRIBUTES.map((a) => [a.name.toLowerCase(), a]));

/** The catalogue entry, or a custom attribute (`DEM01_*`): multi-valued text. */
export function attributeDef(name: string): AttributeDef {
  return BY_NAME.get(name.toLowerCase()) ?? { name, section: 'advanced', multi: true, kind: 'text' };
}

/** Names offered by the search builder's attribute picker. */
export const SEARCHABLE = ATTRIBUTES.filter((a) => a.kind !== 'binary').map((a) => a.name);

/** A wire value as a list, whatever its shape. */
export const valuesOf = (v: string | readonly string[] | undefined): string[] =>
  v === undefined ? [] : typeof v === 'string' ? [v] : [...v];

/** `"TRUE"`, `"true"`: the API spells booleans both ways. */
export const isTrue = (v: string | readonly string[] | undefined) => valuesOf(v)[0]?.toLowerCase() === 'true';
