/** One filter of a desk list: a labelled <select> whose first choice, "any", sends an empty value. */
export function FilterSelect({
  label,
  name,
  value,
  anyLabel,
  options,
  className,
}: {
  label: string;
  name: string;
  value: string | undefined;
  anyLabel: string;
  options: { value: string; label: string }[];
  className: string;
}) {
  return (
    <label className="grid gap-1">
      {label}
      <select name={name} defaultValue={value ?? ''} className={className}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
