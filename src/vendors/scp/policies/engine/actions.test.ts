import { describe, expect, it } from 'vitest';
import { ALL_ROUTES } from '../../emulator/app';
import { IAM_ACTIONS, findAction, KNOWN_ACTIONS } from './actions';

describe('the IAM action catalogue', () => {
  it('names exactly the actions the emulator authorises, with their level and target', () => {
    const fromRoutes = new Map(
      ALL_ROUTES.map((r) => [
        r.action,
        {
          level: r.level,
          target: r.resourceOf
            ? { kind: 'srn' }
            : r.target
              ? { kind: 'resource', type: r.target.type }
              : { kind: 'scope' },
        },
      ]),
    );
    expect(new Set(IAM_ACTIONS.map((a) => a.action))).toEqual(new Set(fromRoutes.keys()));
    for (const a of IAM_ACTIONS)
      expect({ level: a.level, target: a.target }, a.action).toEqual(fromRoutes.get(a.action));
  });

  it('finds actions case-insensitively and knows other services named in the seed', () => {
    expect(findAction('IAM:listusers')?.level).toBe('LIST');
    expect(KNOWN_ACTIONS.has('sts:assumerole')).toBe(true);
    expect(KNOWN_ACTIONS.has('iam:nosuchaction')).toBe(false);
  });
});
