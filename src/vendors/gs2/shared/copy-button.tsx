import { toast } from '@/components/toast';
import { useGs2Text } from '../gs2-text';

/** Copies a non-secret value (a GRN, a client ID) to the clipboard. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useGs2Text();
  return (
    <button
      type="button"
      className="btn btn-ghost"
      aria-label={`${t.copy}: ${label}`}
      onClick={() =>
        void navigator.clipboard.writeText(value).then(
          () => toast.success(t.copied),
          () => toast.error(value),
        )
      }
    >
      {t.copy}
    </button>
  );
}
