export type ToastKind = 'success' | 'error' | 'info';
export type Toast = {
  id: number;
  kind: ToastKind;
  message: string;
  /** Optional action, e.g. "Undo" for a cheap reversal. */
  action?: { label: string; run: () => void } | undefined;
};

type Listener = () => void;
let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<Listener>();
const emit = () => {
  for (const l of listeners) l();
};

export function subscribeToasts(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
export const getToasts = (): readonly Toast[] => toasts;

export function dismissToast(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

function push(
  kind: ToastKind,
  message: string,
  opts: { action?: Toast['action']; durationMs?: number } = {},
): number {
  const id = nextId++;
  toasts = [...toasts.slice(-4), { id, kind, message, action: opts.action }];
  emit();
  // Errors stay until dismissed: the user must be able to read what failed.
  const duration = opts.durationMs ?? (kind === 'error' ? 0 : 5000);
  if (duration > 0) setTimeout(() => dismissToast(id), duration);
  return id;
}

/** Shows a short notice; any module can call it without a React context. */
export const toast = {
  success: (message: string, opts?: { action?: Toast['action']; durationMs?: number }) =>
    push('success', message, opts),
  error: (message: string, opts?: { action?: Toast['action']; durationMs?: number }) =>
    push('error', message, opts),
  info: (message: string, opts?: { action?: Toast['action']; durationMs?: number }) =>
    push('info', message, opts),
};
