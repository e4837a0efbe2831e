import { useId } from 'react';
import { t } from '../i18n/index.ts';
import { formatBytes } from './format.ts';

interface ReadProgressProps {
  readonly fileName: string;
  readonly size: number;
  readonly bytesRead: number;
  readonly done: boolean;
}

/** How much of the file the Worker has read; it stays full once the reading is done. */
export function ReadProgress({ fileName, size, bytesRead, done }: ReadProgressProps) {
  const id = useId();
  const percent = size > 0 ? Math.min(100, Math.floor((bytesRead / size) * 100)) : 100;
  return (
    <div className="chat-progress">
      <label htmlFor={id}>
        {t(done ? 'chat.progress.labelDone' : 'chat.progress.label', { file: fileName })}
      </label>
      <progress id={id} max={size} value={Math.min(bytesRead, size)} />
      {/* Only the end is announced: a live region updated at every step would be noise. */}
      <p role="status" className="hint">
        {done ? t('chat.progress.done', { file: fileName, total: formatBytes(size) }) : ''}
      </p>
      {!done && (
        <p className="hint">
          {t('chat.progress.reading', {
            done: formatBytes(bytesRead),
            total: formatBytes(size),
            percent,
          })}
        </p>
      )}
    </div>
  );
}
