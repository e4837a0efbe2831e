import type { Act, ActChanges } from '../api.ts';
import type { UndoOffer } from '../hooks/useUndo.ts';
import { formLabel } from '../care.ts';
import { t } from '../i18n/index.ts';
import { GivenList } from './GivenList.tsx';
import { memberNamer } from '../components/names.ts';
import { ReceivedList } from './ReceivedList.tsx';
import type { ActList, CircleData } from './useCircleData.ts';

interface ActivityListsProps {
  readonly data: CircleData;
  /** "Show more" under one of the lists. */
  readonly onMore: (list: ActList) => Promise<void>;
  readonly onNotice: (act: Act) => Promise<void>;
  readonly onUnnotice: (act: Act) => Promise<void>;
  readonly offerUndo: (offer: UndoOffer) => void;
  readonly onQuestion: (act: Act) => Promise<void>;
  readonly onUnquestion: (act: Act) => Promise<void>;
  readonly onChange: (act: Act, changes: ActChanges) => Promise<Act>;
  readonly onRemove: (act: Act) => Promise<void>;
}

/** The inbox of care received, then the care given, which the giver may change or remove. */
export function ActivityLists({
  data,
  onMore,
  onNotice,
  onUnnotice,
  offerUndo,
  onQuestion,
  onUnquestion,
  onChange,
  onRemove,
}: ActivityListsProps) {
  const nameOf = memberNamer(data.circle);
  return (
    <>
      <ReceivedList
        acts={data.received}
        next={data.next.received}
        onMore={() => onMore('received')}
        nameOf={nameOf}
        onNotice={async (act) => {
          await onNotice(act);
          const labels = { form: formLabel(act.form), name: nameOf(act.fromMemberId) };
          offerUndo({
            message: t('undo.noticed', labels),
            undone: t('undo.noticed.undone'),
            undo: () => onUnnotice(act),
          });
        }}
        onQuestion={async (act) => {
          await onQuestion(act);
          const labels = { form: formLabel(act.form), name: nameOf(act.fromMemberId) };
          offerUndo({
            message: t('undo.questioned', labels),
            undone: t('undo.questioned.undone'),
            undo: () => onUnquestion(act),
          });
        }}
      />
      <GivenList
        circle={data.circle}
        acts={data.given}
        next={data.next.given}
        onMore={() => onMore('given')}
        nameOf={nameOf}
        onChange={async (act, changes) => {
          const updated = await onChange(act, changes);
          return t('act.edit.saved', {
            form: formLabel(updated.form),
            name: nameOf(updated.toMemberId),
          });
        }}
        onRemove={async (act) => {
          await onRemove(act);
          return t('act.removed', { form: formLabel(act.form), name: nameOf(act.toMemberId) });
        }}
      />
    </>
  );
}
