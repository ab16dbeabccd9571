import Link from "@/components/ui/link";

/**
 * A list's status filter as links (the filter lives in the URL, so it can be shared): the current one
 * marked with aria-current. `options` are [value, label] pairs in display order.
 */
export function StatusFilterNav({
  label,
  basePath,
  current,
  options,
}: {
  label: string;
  basePath: string;
  current: string;
  options: readonly (readonly [value: string, label: string])[];
}) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-3 text-sm">
        {options.map(([value, text]) => (
          <li key={value}>
            <Link
              href={`${basePath}?status=${value}`}
              aria-current={value === current ? "page" : undefined}
              className={value === current ? "font-semibold" : undefined}
            >
              {text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
