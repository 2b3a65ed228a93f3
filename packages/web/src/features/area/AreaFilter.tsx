import { SelectFilter } from '../../ui/FilterBar';

/** The "Area" select of a filter bar: one research area (by slug), or all of them. */
export function AreaFilter({
  areas,
  value,
  onChange,
}: {
  areas: ReadonlyArray<{ slug: string; name: string }>;
  value: string;
  onChange: (area: string) => void;
}) {
  return (
    <SelectFilter
      label="Area"
      value={value}
      options={[{ value: '', label: 'All areas' }, ...areas.map((area) => ({ value: area.slug, label: area.name }))]}
      onChange={onChange}
    />
  );
}
