/** A labelled progress bar for reads split into many calls (pages, or one lookup per member). */
export function LoadProgress({ label, done, total }: { label: string; done: number; total: number }) {
  return (
    <div className="nhn-progress" role="status">
      <progress aria-label={label} value={done} max={Math.max(total, 1)} />
      <span className="muted">
        {label}: {done.toLocaleString()} / {total.toLocaleString()}
      </span>
    </div>
  );
}
