import type { ChatReport } from '@recipro/chat';
import { useId } from 'react';
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { activeLocale, t, tn } from '../i18n/index.ts';
import { formatWeek } from './format.ts';
import { busiestWeek, weekRows } from './weeks.ts';

/**
 * Messages per week for everyone together, as bars (recharts): the chat's rhythm over time, with
 * no one's part set beside another's. The chart is hidden from screen readers; the sentence
 * beside it gives the number of weeks and the busiest one.
 */
export function WeeklyChart({ report }: { readonly report: ChatReport }) {
  const id = useId();
  const rtl = activeLocale().direction === 'rtl';
  const rows = weekRows(report);
  const busiest = busiestWeek(rows);
  if (!busiest) return null;
  return (
    <figure
      className="chat-figure chat-weeks"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
    >
      <h3 id={`${id}-title`}>{t('chat.weeks.title')}</h3>
      <div className="chat-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={220}>
          <BarChart
            data={rows}
            margin={
              rtl
                ? { top: 8, right: 0, bottom: 0, left: 8 }
                : { top: 8, right: 8, bottom: 0, left: 0 }
            }
            accessibilityLayer={false}
          >
            <XAxis
              dataKey="start"
              // Weeks run the way the reader reads: right to left in Arabic.
              reversed={rtl}
              tickFormatter={formatWeek}
              tick={{ className: 'chat-tick' }}
              stroke="currentColor"
              minTickGap={24}
            />
            <YAxis
              allowDecimals={false}
              orientation={rtl ? 'right' : 'left'}
              width={36}
              tick={{ className: 'chat-tick' }}
              stroke="currentColor"
            />
            <Tooltip
              labelFormatter={(start: unknown) =>
                t('chat.weeks.week', { week: formatWeek(String(start)) })
              }
              cursor={{ className: 'chat-cursor' }}
              wrapperClassName="chat-tooltip"
            />
            <Bar
              dataKey="total"
              name={t('chat.weeks.messagesLabel')}
              maxBarSize={56}
              fill="var(--chat-series-0)"
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption id={`${id}-text`}>
        {tn('chat.weeks.text', rows.length, {
          week: formatWeek(busiest.start),
          messages: tn('chat.weeks.messages', busiest.total),
        })}
      </figcaption>
    </figure>
  );
}
