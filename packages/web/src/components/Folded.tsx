import { useId, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { t } from '../i18n/index.ts';
import './lists.css';

interface FoldedProps {
  /** Words someone wrote, shown as written (their direction found from the text). */
  readonly text: string;
  /** How many lines show while folded. */
  readonly lines?: number;
  readonly className?: string;
}

/**
 * A long note folded to a few lines, with "more" to read all of it and "less" to fold it again.
 * The toggle is there only when the text does not fit.
 */
export function Folded({ text, lines = 4, className }: FoldedProps) {
  const id = useId();
  const ref = useRef<HTMLParagraphElement>(null);
  const [open, setOpen] = useState(false);
  const [overflows, setOverflows] = useState(false);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || open) return;
    const measure = () => setOverflows(element.scrollHeight > element.clientHeight + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [text, open]);

  const style = { '--folded-lines': String(lines) } as CSSProperties;
  return (
    <div className="folded">
      <p
        ref={ref}
        id={id}
        dir="auto"
        className={[className, 'folded-text', open ? 'folded-open' : ''].filter(Boolean).join(' ')}
        style={style}
      >
        {text}
      </p>
      {(overflows || open) && (
        <button
          type="button"
          className="link folded-toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {open ? t('list.less') : t('list.more')}
        </button>
      )}
    </div>
  );
}
