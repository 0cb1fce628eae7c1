import { useStatesText } from './states-text';

export type SkeletonProps = {
  /** How many placeholder lines; roughly the size of what will arrive, so the page does not jump. */
  lines?: number;
  /** Announced to screen readers instead of the bars. */
  label?: string;
};

/** Placeholder bars while data loads; one polite status message for assistive technology. */
export function Skeleton({ lines = 3, label }: SkeletonProps) {
  const t = useStatesText();
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{label ?? t.loading}</span>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton-line" aria-hidden="true" />
      ))}
    </div>
  );
}
