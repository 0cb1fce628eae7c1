import { describe, expect, it } from 'vitest';
import type { ResourceHierarchyProtocol } from '../wire/resources';
import {
  ancestorsOf,
  childUiPath,
  descendantsOf,
  indexTree,
  isInsideItself,
  lastSegment,
  propagationTargets,
  uiPathPrefix,
} from './tree-model';

const n = (
  id: string,
  uiPath: string,
  kids: ResourceHierarchyProtocol[] = [],
): ResourceHierarchyProtocol => ({
  resourceId: id,
  name: id,
  path: uiPath,
  uiPath,
  priority: 0,
  resources: kids,
});

const forest = [
  n('root', '/', [n('a', '/a', [n('b', '/a/b', [n('c', '/a/b/c')]), n('d', '/a/d')])]),
  n('x', '/x'),
];

describe('resource tree model', () => {
  const tree = indexTree(forest);

  it('indexes nodes, parents and children in the order ROLE gave', () => {
    expect(tree.roots).toEqual(['root', 'x']);
    expect(tree.childrenOf('a')).toEqual(['b', 'd']);
    expect(tree.parentOf('c')).toBe('b');
    expect(tree.parentOf('root')).toBeUndefined();
    expect(tree.byId.get('b')).not.toHaveProperty('resources');
  });

  it('walks descendants and ancestors', () => {
    expect(descendantsOf(tree, 'a')).toEqual(['b', 'c', 'd']);
    expect(descendantsOf(tree, 'x')).toEqual([]);
    expect(ancestorsOf(tree, 'c')).toEqual(['root', 'a', 'b']);
  });

  it('propagates to every ancestor but a root node', () => {
    expect(propagationTargets(tree, 'c').map((r) => r.resourceId)).toEqual(['a', 'b']);
    expect(propagationTargets(tree, 'a')).toEqual([]);
    expect(propagationTargets(tree, 'x')).toEqual([]);
  });

  it.each([
    ['c', 'b', false],
    ['a', 'c', true],
    ['a', 'a', true],
    ['c', 'a', false],
    ['b', 'x', false],
    ['b', undefined, false],
  ])('moving %s under %s is inside itself: %s', (id, target, inside) => {
    expect(isInsideItself(tree, id, target)).toBe(inside);
  });

  it.each([
    [undefined, 'a', '/a'],
    ['/', 'a', '/a'],
    ['', 'a', '/a'],
    ['/a/b', 'c', '/a/b/c'],
  ])('a child of %s named %s sits at %s', (parent, segment, uiPath) => {
    expect(childUiPath(parent, segment)).toBe(uiPath);
  });

  it('splits a uiPath into its prefix and own segment', () => {
    expect(lastSegment('/a/b/c')).toBe('c');
    expect(uiPathPrefix('/a/b/c')).toBe('/a/b');
    expect(uiPathPrefix('/a')).toBeUndefined();
  });
});
