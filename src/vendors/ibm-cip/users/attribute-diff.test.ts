import { describe, expect, it } from 'vitest';
import { diffAttributes, editableNames, toEdited } from './attribute-diff';
import { attributeDef } from './attributes';

const entry = {
  uid: 'ggonzalez',
  gtwayUUID: 'u-1',
  givenName: 'Gordita',
  sn: 'Gonzalez',
  mail: ['a@x.io', 'b@x.io'],
  DEM01_Last4_SSN: '1234',
};

describe('diffAttributes', () => {
  it('sends changed existing attributes to PUT and new ones to editUser', () => {
    const d = diffAttributes(entry, { givenName: 'Gordy', telephoneNumber: '555', sn: 'Gonzalez' });
    expect(d.existing).toEqual({ givenName: 'Gordy' });
    expect(d.added).toEqual({ telephoneNumber: '555' });
  });

  it('splits multi-valued attributes by line and ignores unchanged lists', () => {
    expect(diffAttributes(entry, { mail: 'a@x.io\nb@x.io\n' }).existing).toEqual({});
    expect(diffAttributes(entry, { mail: 'a@x.io\nc@x.io' }).existing).toEqual({
      mail: ['a@x.io', 'c@x.io'],
    });
  });

  it('clears an existing attribute with an empty value and never sends read-only ones', () => {
    const d = diffAttributes(entry, { DEM01_Last4_SSN: '  ', uid: 'other', gtwayUUID: 'x' });
    expect(d.existing).toEqual({ DEM01_Last4_SSN: '' });
    expect(d.added).toEqual({});
  });

  it('does not add an empty attribute the record lacks', () => {
    expect(diffAttributes(entry, { title: '' })).toEqual({ existing: {}, added: {} });
  });
});

describe('catalogue', () => {
  it('knows single-valued, boolean and custom attributes', () => {
    expect(attributeDef('c')).toMatchObject({ multi: false, kind: 'country' });
    expect(attributeDef('gtwayIsManager')).toMatchObject({ multi: false, kind: 'boolean' });
    expect(attributeDef('DEM01_X')).toMatchObject({ multi: true, section: 'advanced' });
    expect(attributeDef('uid').readOnly).toBe(true);
  });

  it('offers the form sections and the custom attributes the record holds', () => {
    const names = editableNames(entry);
    expect(names).toContain('givenName');
    expect(names).toContain('DEM01_Last4_SSN');
    expect(names).not.toContain('uid');
    expect(toEdited(entry, ['mail'])).toEqual({ mail: 'a@x.io\nb@x.io' });
  });
});
