import { Alert } from '../components/Alert.tsx';
import { Link } from '../components/Link.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { describeError, isApiError } from '../errors.ts';
import { useCircle } from '../hooks/useCircle.ts';
import { t } from '../i18n/index.ts';
import { paths } from '../router.ts';
import './chat-import.css';
import { FilePicker } from './FilePicker.tsx';
import { errorText } from './format.ts';
import { ReadProgress } from './ReadProgress.tsx';
import { ReportView } from './ReportView.tsx';
import { SavedSummaries } from './SavedSummaries.tsx';
import { SavePanel } from './SavePanel.tsx';
import { useChatAnalysis } from './useChatAnalysis.ts';
import { useSavedSummaries } from './useSavedSummaries.ts';

/**
 * Import a chat: the member picks or drops an export, a Worker reads it on this device with a
 * progress bar, the report appears with charts, and only its summary numbers may be saved. The
 * summaries already saved to the circle are listed below, and a new one joins them once saved.
 */
export function ChatImportView({ circleId }: { readonly circleId: string }) {
  const { state: circleState } = useCircle(circleId);
  const { state, analyze } = useChatAnalysis();
  const saved = useSavedSummaries(circleId);

  if (circleState.status === 'loading') return <SkeletonList rows={2} />;
  if (circleState.status === 'failed') {
    return (
      <div className="card stack">
        <ScreenTitle>{t('chat.title')}</ScreenTitle>
        <Alert
          message={
            isApiError(circleState.error, 'not_found')
              ? t('chat.notFound')
              : describeError(circleState.error)
          }
        />
        <p>
          <Link to={paths.home()}>{t('circle.backHome')}</Link>
        </p>
      </div>
    );
  }

  const circle = circleState.data;
  return (
    <div className="chat-import stack-lg">
      <header className="circle-header">
        <ScreenTitle>{t('chat.title')}</ScreenTitle>
        <p className="lead">{t('chat.lead')}</p>
        <p className="muted">
          <Link to={paths.circle(circle.id)}>{t('chat.backToCircle', { name: circle.name })}</Link>
        </p>
      </header>
      <section className="card stack chat-start" aria-labelledby="chat-private-title">
        <h2 id="chat-private-title">{t('chat.private.title')}</h2>
        <p>{t('chat.private.body', { circle: circle.name })}</p>
        <FilePicker onFile={analyze} busy={state.status === 'reading'} />
        {(state.status === 'reading' || state.status === 'done') && (
          <ReadProgress
            fileName={state.fileName}
            size={state.size}
            bytesRead={state.bytesRead}
            done={state.status === 'done'}
          />
        )}
        <Alert message={state.status === 'failed' ? errorText(state.code) : undefined} />
      </section>
      {state.status === 'done' && state.report && (
        <>
          <ReportView report={state.report} />
          <SavePanel
            key={state.run}
            report={state.report}
            circleId={circle.id}
            circleName={circle.name}
            onSaved={saved.reload}
          />
        </>
      )}
      <SavedSummaries
        circle={circle}
        state={saved.state}
        reloadError={saved.reloadError}
        onDelete={saved.remove}
        onMore={saved.more}
      />
    </div>
  );
}
