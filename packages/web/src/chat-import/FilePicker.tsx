import { useId, useState, type DragEvent } from 'react';
import { Icon } from '../components/Icon.tsx';
import { t } from '../i18n/index.ts';

interface FilePickerProps {
  readonly onFile: (file: File) => void;
  readonly busy: boolean;
}

/**
 * A real file input inside a drop zone: clicking, the keyboard and dropping all choose the file.
 * The input stays in the page (visually hidden) so its label and focus work as usual.
 */
export function FilePicker({ onFile, busy }: FilePickerProps) {
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div className="chat-pick">
      <label
        htmlFor={id}
        className={over ? 'chat-drop over' : 'chat-drop'}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <Icon name="chatImport" size={32} />
        <span className="chat-drop-main">{t('chat.pick.label')}</span>
        <span className="chat-drop-sub">{t('chat.pick.drop')}</span>
      </label>
      <input
        id={id}
        className="visually-hidden-input"
        type="file"
        accept=".txt,.zip,.json,text/plain,application/zip,application/json"
        aria-describedby={`${id}-hint`}
        aria-busy={busy || undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = '';
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {t('chat.pick.hint')}
      </p>
    </div>
  );
}
