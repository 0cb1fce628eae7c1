import { useNhnText } from '../nhn-text';

/** Governance is read-only through the API; say where it is changed instead of offering dead controls. */
export function ManagedNote() {
  const t = useNhnText();
  return (
    <p className="nhn-managed-note" role="note">
      {t.managedInNhn}
    </p>
  );
}
