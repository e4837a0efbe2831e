import { useRef } from 'react';
import type { CircleDetail } from '../api.ts';
import type { CatalogueItem, Handover, Responsibility } from '../api-load.ts';
import { Empty } from '../components/Empty.tsx';
import { ShowMore } from '../components/ShowMore.tsx';
import { useFold } from '../hooks/useFold.ts';
import type { UndoOffer } from '../hooks/useUndo.ts';
import { t } from '../i18n/index.ts';
import { AddOwnForm } from './AddOwnForm.tsx';
import { CataloguePicker } from './CataloguePicker.tsx';
import { ResponsibilityItem } from './ResponsibilityItem.tsx';

interface InventoryProps {
  readonly circle: CircleDetail;
  readonly responsibilities: readonly Responsibility[];
  readonly catalogue: readonly CatalogueItem[];
  readonly handovers: readonly Handover[];
  readonly nameOf: (memberId: string) => string;
  readonly onChanged: () => Promise<void>;
  /** Offers to take back a tap (the screen's one undo bar). */
  readonly offerUndo: (offer: UndoOffer) => void;
}

/** The circle's responsibilities, and the two ways to add more: the common list or your own. */
export function Inventory({
  circle,
  responsibilities,
  catalogue,
  handovers,
  nameOf,
  onChanged,
  offerUndo,
}: InventoryProps) {
  const taken = new Set(responsibilities.map((r) => r.catalogueId));
  const remaining = catalogue.filter((item) => !taken.has(item.id));
  const fold = useFold(responsibilities);
  const list = useRef<HTMLUListElement>(null);
  return (
    <section className="card stack" aria-labelledby="inventory-title">
      <h2 id="inventory-title">{t('load.inventory.title')}</h2>
      {responsibilities.length === 0 ? (
        <Empty>{t('load.inventory.empty')}</Empty>
      ) : (
        <ul className="duties" ref={list}>
          {fold.visible.map((item) => (
            <ResponsibilityItem
              key={item.id}
              circle={circle}
              item={item}
              asked={handovers.some(
                (h) =>
                  h.responsibilityId === item.id &&
                  h.status === 'proposed' &&
                  h.toMemberId === circle.myMemberId,
              )}
              nameOf={nameOf}
              onChanged={onChanged}
              offerUndo={offerUndo}
            />
          ))}
        </ul>
      )}
      <ShowMore next={fold.next} onMore={fold.more} list={list} />
      <CataloguePicker
        circleId={circle.id}
        kind={circle.kind}
        items={remaining}
        open={responsibilities.length === 0}
        onChanged={onChanged}
      />
      <AddOwnForm circleId={circle.id} onChanged={onChanged} />
    </section>
  );
}
