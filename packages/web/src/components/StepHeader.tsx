import type { CircleDetail } from '../api.ts';
import { ScreenTitle } from './ScreenTitle.tsx';

/** The top of a cycle screen: its one h1, the circle it is about, and a line on what it is for. */
export function StepHeader({
  title,
  circle,
  intro,
}: {
  readonly title: string;
  readonly circle: CircleDetail;
  readonly intro: string;
}) {
  return (
    <header className="step-header">
      <p className="muted step-circle" dir="auto">
        {circle.name}
      </p>
      <ScreenTitle>{title}</ScreenTitle>
      <p className="lead">{intro}</p>
    </header>
  );
}
