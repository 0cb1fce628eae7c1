import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDraft } from './use-draft';

type Draft = { text: string };
const isDraft = (v: unknown): v is Draft =>
  typeof v === 'object' && v !== null && typeof (v as Partial<Draft>).text === 'string';

afterEach(() => {
  localStorage.clear();
  vi.useRealTimers();
});

describe('useDraft', () => {
  it('restores what an earlier page kept, and ignores a stored value of the wrong shape', () => {
    localStorage.setItem('k1', JSON.stringify({ text: 'kept' }));
    localStorage.setItem('k2', JSON.stringify({ other: 1 }));
    localStorage.setItem('k3', '{not json');
    expect(renderHook(() => useDraft('k1', isDraft)).result.current.initial).toEqual({ text: 'kept' });
    expect(renderHook(() => useDraft('k2', isDraft)).result.current.initial).toBeNull();
    expect(renderHook(() => useDraft('k3', isDraft)).result.current.initial).toBeNull();
  });

  it('writes after a pause, flushes on unmount, and clears', () => {
    vi.useFakeTimers();
    const { result, unmount } = renderHook(() => useDraft('k', isDraft));
    act(() => result.current.save({ text: 'a' }));
    expect(localStorage.getItem('k')).toBeNull();
    act(() => {
      vi.advanceTimersByTime(400);
    });
    expect(JSON.parse(localStorage.getItem('k') ?? 'null')).toEqual({ text: 'a' });
    act(() => result.current.save({ text: 'b' }));
    unmount();
    expect(JSON.parse(localStorage.getItem('k') ?? 'null')).toEqual({ text: 'b' });
    const again = renderHook(() => useDraft('k', isDraft));
    act(() => again.result.current.clear());
    expect(localStorage.getItem('k')).toBeNull();
  });
});
