import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../wire/common';
import { actionMatches, conditionHolds, evaluate, globMatch, type AccessRequest } from './evaluate';

const req = (action: string, level = 'LIST', resource = 'srn:e::a:::iam:group/g1'): AccessRequest => ({
  action,
  level,
  resource,
  context: { 'scp:RequestedRegion': 'kr-west1' },
});
const doc = (...Statement: PolicyDocument['Statement']): PolicyDocument => ({
  Version: '2024-07-01',
  Statement,
});

describe('identity-based policy evaluation', () => {
  it('matches action wildcards, case-insensitively', () => {
    expect(actionMatches('*', req('iam:ListGroups'))).toBe(true);
    expect(actionMatches('iam:*', req('iam:ListGroups'))).toBe(true);
    expect(actionMatches('IAM:list*', req('iam:ListGroups'))).toBe(true);
    expect(actionMatches('iam:Show*', req('iam:ListGroups'))).toBe(false);
    expect(actionMatches('virtualserver:*', req('iam:ListGroups'))).toBe(false);
  });

  it('matches the access-level form *[List,Read]', () => {
    expect(actionMatches('*[List,Read]', req('iam:ListGroups', 'LIST'))).toBe(true);
    expect(actionMatches('*[List,Read]', req('iam:DeleteGroup', 'DELETE'))).toBe(false);
    expect(actionMatches('iam:*[Permission]', req('iam:SetPolicy', 'PERMISSION'))).toBe(true);
    expect(actionMatches('vpc:*[Permission]', req('iam:SetPolicy', 'PERMISSION'))).toBe(false);
  });

  it('matches SRN wildcards', () => {
    expect(globMatch('srn:*:iam:group/*', 'srn:e::a:::iam:group/g1')).toBe(true);
    expect(globMatch('srn:*:iam:user/*', 'srn:e::a:::iam:group/g1')).toBe(false);
    expect(globMatch('srn:e::a:::iam:group/g?', 'srn:e::a:::iam:group/g1')).toBe(true);
    expect(globMatch('srn:e::a:::iam:group/g1.x', 'srn:e::a:::iam:group/g1Ax')).toBe(false);
  });

  it('needs an Allow, and an explicit Deny wins', () => {
    const allow = doc({ Effect: 'Allow', Action: ['iam:*'], Resource: ['*'] });
    const deny = doc({ Effect: 'Deny', Action: ['iam:Delete*'], Resource: ['srn:*:iam:group/*'] });
    expect(evaluate([], req('iam:ListGroups'))).toBe('IMPLICIT_DENY');
    expect(evaluate([allow], req('iam:ListGroups'))).toBe('ALLOW');
    expect(evaluate([allow, deny], req('iam:DeleteGroup', 'DELETE'))).toBe('EXPLICIT_DENY');
    expect(evaluate([deny, allow], req('iam:DeleteUser', 'DELETE', 'srn:e::a:::iam:user/u'))).toBe('ALLOW');
  });

  it('applies NotAction as "everything but"', () => {
    const d = doc({ Effect: 'Allow', NotAction: ['iam:Delete*'], Resource: ['*'] });
    expect(evaluate([d], req('iam:ListGroups'))).toBe('ALLOW');
    expect(evaluate([d], req('iam:DeleteGroup', 'DELETE'))).toBe('IMPLICIT_DENY');
  });

  it('holds StringEquals-style conditions on scp:RequestedRegion', () => {
    const west = { StringEquals: { 'scp:RequestedRegion': ['kr-west1'] } };
    expect(conditionHolds(west, { 'scp:RequestedRegion': 'kr-west1' })).toBe(true);
    expect(conditionHolds(west, { 'scp:RequestedRegion': 'kr-east1' })).toBe(false);
    expect(
      conditionHolds(
        { StringNotEquals: { 'scp:RequestedRegion': 'kr-west1' } },
        { 'scp:RequestedRegion': 'kr-east1' },
      ),
    ).toBe(true);
    expect(
      conditionHolds(
        { StringLike: { 'scp:RequestedRegion': ['kr-*'] } },
        { 'scp:RequestedRegion': 'kr-east1' },
      ),
    ).toBe(true);
    expect(
      conditionHolds(
        { NumericLessThan: { 'scp:RequestedRegion': ['1'] } },
        { 'scp:RequestedRegion': 'kr-east1' },
      ),
    ).toBe(false);
    expect(
      conditionHolds(
        { StringEquals: { 'scp:SourceIp': ['10.0.0.1'] } },
        { 'scp:RequestedRegion': 'kr-east1' },
      ),
    ).toBe(false);
    const guarded = doc({ Effect: 'Allow', Action: ['*'], Resource: ['*'], Condition: west });
    expect(evaluate([guarded], req('iam:ListGroups'))).toBe('ALLOW');
    expect(
      evaluate([guarded], { ...req('iam:ListGroups'), context: { 'scp:RequestedRegion': 'kr-east1' } }),
    ).toBe('IMPLICIT_DENY');
  });
});
