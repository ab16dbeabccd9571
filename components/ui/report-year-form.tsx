/** The year picker of an annual report page (a plain GET form: works without JavaScript). */
export function ReportYearForm({ year, max, label, submit }: { year: number; max: number; label: string; submit: string }) {
  return (
    <form method="get" className="flex items-end gap-3">
      <label className="text-sm">
        <span className="block font-medium">{label}</span>
        <input name="year" type="number" defaultValue={year} min={2000} max={max} className="rounded border border-slate-400 px-3 py-2" />
      </label>
      <button type="submit" className="btn-secondary">
        {submit}
      </button>
    </form>
  );
}
