/** Someone else saved first: say so and offer to load their version. */
export function StaleAlert({
  message,
  reloadLabel,
  onReload,
}: {
  message: string;
  reloadLabel: string;
  onReload: () => void;
}) {
  return (
    <div className="form-errors stale" role="alert">
      <p>{message}</p>
      <button type="button" className="button button--small" onClick={onReload}>
        {reloadLabel}
      </button>
    </div>
  );
}
