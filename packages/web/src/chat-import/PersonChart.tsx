import type { ParticipantReport } from '@recipro/chat';
import { useId } from 'react';
import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatNumber, t, tn } from '../i18n/index.ts';
import { formatList, topPeople } from './format.ts';

export type PersonMetric = 'messages' | 'words' | 'questions' | 'conversationStarts';

/** At most this many people are drawn; the sentence says how many more there are. */
const LIMIT = 8;
const ROW = 34;

const shortName = (name: string) => (name.length > 16 ? `${name.slice(0, 15)}…` : name);

/**
 * One count per person as horizontal bars (recharts), hidden from screen readers: the sentence
 * beside it says the same in words.
 */
export function PersonChart({
  people,
  metric,
}: {
  readonly people: readonly ParticipantReport[];
  readonly metric: PersonMetric;
}) {
  const id = useId();
  const { shown, more } = topPeople(
    [...people].sort((a, b) => b[metric] - a[metric]),
    LIMIT,
  );
  const data = shown.map((p) => ({ name: p.name, value: p[metric] }));
  const items = shown.map((p) => t('chat.metric.item', { name: p.name, count: p[metric] }));
  if (more > 0) items.push(tn('chat.metric.more', more));
  const label = t(`chat.metric.${metric}`);
  return (
    <figure className="chat-figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
      <h3 id={`${id}-title`}>{label}</h3>
      <div className="chat-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={data.length * ROW + 8}>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 4, right: 48, bottom: 4, left: 4 }}
            accessibilityLayer={false}
          >
            <XAxis type="number" hide domain={[0, 'dataMax']} />
            <YAxis
              type="category"
              dataKey="name"
              width={120}
              tickLine={false}
              axisLine={false}
              tickFormatter={shortName}
              tick={{ className: 'chat-tick' }}
            />
            <Bar
              dataKey="value"
              fill="var(--chat-series-0)"
              barSize={20}
              radius={[0, 6, 6, 0]}
              isAnimationActive={false}
            >
              <LabelList
                dataKey="value"
                position="right"
                className="bar-value"
                formatter={(value: unknown) => formatNumber(Number(value))}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption id={`${id}-text`}>
        {t('chat.metric.text', { metric: label, list: formatList(items) })}
      </figcaption>
    </figure>
  );
}
