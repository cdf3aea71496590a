import { useId } from 'react';

export type Visibility = 'private' | 'shared';

const CHOICES: readonly [Visibility, string][] = [
  ['private', 'Private to me'],
  ['shared', 'Shared with the rep'],
];

/** Who may see an observation: the manager only, or the rep too (it may then go into an export for them). */
export function VisibilityField({
  value,
  onChange,
}: {
  value: Visibility;
  onChange(value: Visibility): void;
}) {
  const name = `${useId()}-visibility`;
  return (
    <fieldset className="field">
      <legend>Visibility</legend>
      <div className="segmented">
        {CHOICES.map(([visibility, label]) => (
          <label key={visibility} className="segmented-option">
            <input
              type="radio"
              name={name}
              value={visibility}
              checked={value === visibility}
              onChange={() => onChange(visibility)}
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
