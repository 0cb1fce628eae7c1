import { describe, expect, it } from 'vitest';
import { parseServiceNames, serviceChanges, serviceNameProblem, toServiceForm } from './service-attributes';

describe('service attributes', () => {
  it('reads TRUE/FALSE in any case as checkboxes and unset texts as empty', () => {
    const form = toServiceForm({ cn: 'S', gtwayOwnerApproval: 'TRUE', gtwayNoMembers: 'false' });
    expect(form.gtwayOwnerApproval).toBe(true);
    expect(form.gtwayNoMembers).toBe(false);
    expect(form.gtwayManagerApproval).toBe(false);
    expect(form.gtwayRequestInstructions).toBe('');
  });

  it('sends only changes, booleans in upper case, an emptied text as "" (back to default)', () => {
    const before = toServiceForm({ gtwayApprovalGracePeriod: '5', gtwayRequestInstructions: 'Ask' });
    const after = {
      ...before,
      gtwayOwnerApproval: true,
      gtwayApprovalGracePeriod: '7',
      gtwayRequestInstructions: '  ',
    };
    expect(serviceChanges(before, after)).toEqual({
      gtwayOwnerApproval: 'TRUE',
      gtwayApprovalGracePeriod: '7',
      gtwayRequestInstructions: '',
    });
    expect(serviceChanges(before, before)).toEqual({});
  });

  it('checks names the way the path needs them', () => {
    expect(serviceNameProblem('Payroll EU')).toBeUndefined();
    expect(serviceNameProblem('a/b')).toBe('invalid');
    expect(serviceNameProblem('x'.repeat(253))).toBe('invalid');
    expect(serviceNameProblem('names')).toBe('reserved');
    expect(parseServiceNames('A, B\nA,  C D ')).toEqual(['A', 'B', 'C D']);
  });
});
