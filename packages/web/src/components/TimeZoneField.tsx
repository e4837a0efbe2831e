import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { t, tn } from '../i18n/index.ts';
import { browserTimeZone, filterZones, zoneOptions } from './timezones.ts';
import './zone-field.css';

/**
 * A labelled, searchable choice of time zone (the ARIA combobox pattern): the field shows the
 * chosen zone in words; typing filters the list, the viewer's own zone first; arrows move,
 * Enter chooses, Escape leaves the choice as it was.
 */
export function TimeZoneField({
  label,
  value,
  onChange,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (zone: string) => void;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const viewer = useMemo(browserTimeZone, []);
  const options = useMemo(() => zoneOptions(value, viewer, new Date()), [value, viewer]);
  const chosen = options.find((o) => o.zone === value)?.label ?? value;
  // What the person is typing; null while the field just shows the choice.
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shown = useMemo(() => filterZones(options, text ?? ''), [options, text]);
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    if (open)
      document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, open, active]);

  const close = () => {
    setOpen(false);
    setText(null);
  };
  const choose = (zone: string) => {
    onChange(zone);
    close();
  };
  const show = (index: number) => {
    setOpen(true);
    setActive(Math.max(0, Math.min(index, shown.length - 1)));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        show(open ? active + 1 : 0);
        break;
      case 'ArrowUp':
        event.preventDefault();
        show(open ? active - 1 : shown.length - 1);
        break;
      case 'PageDown':
        if (open) {
          event.preventDefault();
          show(active + 10);
        }
        break;
      case 'PageUp':
        if (open) {
          event.preventDefault();
          show(active - 10);
        }
        break;
      case 'Enter':
        if (open) {
          // Choosing is not sending the form around the field.
          event.preventDefault();
          const option = shown[active];
          if (option) choose(option.zone);
        }
        break;
      case 'Escape':
        if (open || text !== null) {
          event.preventDefault();
          close();
        }
        break;
    }
  };

  return (
    <div className="field zone-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-describedby={hintId}
        aria-activedescendant={open && shown[active] ? optionId(active) : undefined}
        value={text ?? chosen}
        onFocus={(event) => event.target.select()}
        onClick={() => !open && show(0)}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <p id={hintId} className="hint">
        {open && text ? (
          <span role="status">
            {shown.length === 0
              ? t('time.zone.none', { text })
              : tn('time.zone.count', shown.length)}
          </span>
        ) : (
          t('time.zone.search')
        )}
      </p>
      {open && (
        <ul id={listId} role="listbox" aria-label={t('time.zone.list')} className="zone-list">
          {shown.map((option, index) => (
            <li
              key={option.zone}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={option.zone === value ? 'zone-option chosen' : 'zone-option'}
              // Keeps focus in the field, so the click below still finds the list open.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option.zone)}
            >
              {option.label}
              {option.zone === viewer && <span className="muted"> · {t('time.zone.yours')}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
