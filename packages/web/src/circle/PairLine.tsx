import { Icon } from '../components/Icon.tsx';
import type { IconName } from '../components/icons.ts';

interface PairLineProps {
  readonly icon: IconName;
  readonly text: string;
  /** A quieter addition after the main text, such as how many were noticed. */
  readonly aside?: string | undefined;
}

/** One line of the summary: what went one way between two people. */
export function PairLine({ icon, text, aside }: PairLineProps) {
  return (
    <li>
      <Icon name={icon} size={20} />
      <span>
        {text}
        {aside && <span className="muted"> · {aside}</span>}
      </span>
    </li>
  );
}
