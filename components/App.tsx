import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { PopupState } from '@/utils/popup/load-analysis';
import { findTargetTab, loadAnalysis } from '@/utils/popup/load-analysis';
import AnalysisView from './AnalysisView';
import LoadingSkeleton from './LoadingSkeleton';
import StatusMessage from './StatusMessage';

/** The popup: finds the tab, asks the page for its analysis, and shows whichever state it is in. */
export default function App() {
  const [state, setState] = useState<PopupState>({ status: 'loading' });

  const load = useCallback(async () => {
    setState({ status: 'loading' });
    try {
      const tab = await findTargetTab(location.search);
      setState(tab ? await loadAnalysis(tab) : { status: 'error', message: t('errorNoTab') });
    } catch (error) {
      setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    // Marks the moment content replaced the skeleton, for the benchmark (a local mark, never sent anywhere).
    if (state.status !== 'loading') performance.mark('saywho:content');
  }, [state.status]);

  return (
    <main class="popup" data-state={state.status} dir={state.status === 'ready' ? state.analysis.article.dir : undefined}>
      {state.status === 'loading' && <LoadingSkeleton />}
      {state.status === 'restricted' && <StatusMessage kind="restricted" title={t('restrictedTitle')} message={t(state.reason)} />}
      {state.status === 'error' && <StatusMessage kind="error" title={t('errorTitle')} message={state.message} onRetry={load} />}
      {state.status === 'ready' && <AnalysisView analysis={state.analysis} summarySource={state.summarySource} />}
    </main>
  );
}
