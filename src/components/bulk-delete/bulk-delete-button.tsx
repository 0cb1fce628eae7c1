import type { ReactNode } from 'react';
import type { ConfirmOptions } from '../confirm-dialog';

export type BulkDeleteButtonProps = {
  /** The selected row ids, as DataTable's `bulkActions` hands them over. */
  ids: readonly string[];
  /** Clears the selection once the delete succeeded. */
  clear: () => void;
  /** How each id reads in the confirmation (a name is clearer than an id). */
  names: ReadonlyMap<string, string>;
  /** `confirm` from the page's `useConfirm()`; the page renders its `dialog`. */
  confirm: (options: ConfirmOptions) => Promise<boolean>;
  title: (n: number) => ReactNode;
  label: (n: number) => string;
  body: ReactNode;
  /** Deletes them; a rejection stays in the dialog with the vendor's reason. */
  remove: (ids: string[]) => Promise<unknown>;
};

/** "Delete selected": a destructive confirmation listing what goes, then the delete, then a clear selection. */
export function BulkDeleteButton(props: BulkDeleteButtonProps) {
  const { ids, names } = props;
  return (
    <button
      type="button"
      className="btn btn-danger"
      onClick={() =>
        void props
          .confirm({
            title: props.title(ids.length),
            variant: 'destructive',
            confirmLabel: props.label(ids.length),
            children: (
              <>
                <p>{props.body}</p>
                <ul>
                  {ids.map((x) => (
                    <li key={x}>{names.get(x) ?? x}</li>
                  ))}
                </ul>
              </>
            ),
            action: () => props.remove([...ids]),
          })
          .then((ok) => {
            if (ok) props.clear();
          })
      }
    >
      {props.label(ids.length)}
    </button>
  );
}
