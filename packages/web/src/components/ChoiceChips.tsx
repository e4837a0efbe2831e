interface ChoiceChipsProps<T extends string | boolean> {
  readonly legend: string;
  /** The radio group's name; unique on the page. */
  readonly name: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
}

/** One choice among a few, as radio chips under a legend. */
export function ChoiceChips<T extends string | boolean>({
  legend,
  name,
  value,
  options,
  onChange,
}: ChoiceChipsProps<T>) {
  return (
    <fieldset className="chips">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={String(option.value)} className="chip">
          <input
            type="radio"
            name={name}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
