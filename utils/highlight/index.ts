import type { PageMessage, PageReply } from '../messaging/types';
import type { HostContext } from './highlighter';
import { Highlighter } from './highlighter';
import { t } from '../i18n';

/** What survives a second injection of the content script into the same page (same isolated world, same globals). */
interface PageState {
  highlighter: Highlighter;
  /** The address the popup's analysis was made for; a page that has moved on since is not marked. */
  analysedUrl: string;
}

const STATE_KEY = Symbol.for('saywho.page-state');

/**
 * The page's one Highlighter, created on the first injection and reused by every later one, which hands it its new
 * context (the old context's listeners went away with it), so listeners and state are never doubled.
 */
export function adoptPageState(document: Document, url: string, context: HostContext, now: () => number): PageState {
  const global = globalThis as typeof globalThis & { [STATE_KEY]?: PageState };
  const state = (global[STATE_KEY] ??= { highlighter: new Highlighter(document, now), analysedUrl: url });
  state.analysedUrl = url;
  state.highlighter.attach(context);
  return state;
}

/** Answers one message from the popup; anything that is not ours gets undefined, so other listeners may answer. */
export function handlePageMessage(state: PageState, message: unknown, currentUrl: string): PageReply | undefined {
  if (!isPageMessage(message)) return undefined;
  const { highlighter } = state;
  try {
    if (message.type === 'saywho:highlight-status') return { ok: true, ...highlighter.status() };
    if (message.type === 'saywho:highlight-off') {
      highlighter.off();
      return { ok: true, on: false, report: null };
    }
    if (hasMovedOn(state.analysedUrl, currentUrl)) {
      highlighter.off();
      return { ok: false, reason: 'navigated', error: t('pageChanged') };
    }
    if (message.type === 'saywho:show-quote') return { ok: true, ...highlighter.status(), found: highlighter.show(message.quote, message.style) };
    const report = highlighter.on({ quotes: message.quotes, styles: message.styles, method: message.method });
    return { ok: true, on: true, report };
  } catch (error) {
    return { ok: false, reason: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

/** Whether the page moved to another address, not merely to another #fragment of the same one (an in-page link). */
export function hasMovedOn(from: string, to: string): boolean {
  return withoutHash(from) !== withoutHash(to);
}

function isPageMessage(message: unknown): message is PageMessage {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && type.startsWith('saywho:');
}

function withoutHash(url: string): string {
  return url.split('#')[0] ?? url;
}
