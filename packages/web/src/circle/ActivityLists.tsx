import type { Act } from '../api.ts';
import { GivenList } from './GivenList.tsx';
import { memberNamer } from './names.ts';
import { ReceivedList } from './ReceivedList.tsx';
import type { CircleData } from './useCircleData.ts';

interface ActivityListsProps {
  readonly data: CircleData;
  readonly onNotice: (act: Act) => Promise<void>;
}

/** The inbox of care received, then the care given. */
export function ActivityLists({ data, onNotice }: ActivityListsProps) {
  const nameOf = memberNamer(data.circle);
  return (
    <>
      <ReceivedList acts={data.received} nameOf={nameOf} onNotice={onNotice} />
      <GivenList acts={data.given} nameOf={nameOf} />
    </>
  );
}
