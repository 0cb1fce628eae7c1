import { describe, expect, it } from 'vitest';
import { fillSamples, findPlaceholders, previewDocument } from './placeholders';

describe('template placeholders', () => {
  it('lists each placeholder once in order of first use, across subject and body', () => {
    expect(findPlaceholders('Hi $firstName', '<p>$lastName, $firstName: $serviceName $5</p>')).toEqual([
      '$firstName',
      '$lastName',
      '$serviceName',
    ]);
    expect(findPlaceholders('no variables here')).toEqual([]);
  });

  it('fills known placeholders with examples and leaves unknown ones visible', () => {
    expect(fillSamples('$firstName $lastName of $clientWebPresenceName, $customThing')).toBe(
      'Ada Lovelace of Example Corp, $customThing',
    );
  });

  it('wraps the body in a document whose policy allows no script and no remote load', () => {
    const doc = previewDocument('<img src="https://tracker.example/p.gif"><script>alert(1)</script>');
    expect(doc).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(doc).not.toMatch(/script-src/);
  });
});
