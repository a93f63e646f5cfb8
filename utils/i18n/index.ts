import { browser } from '#imports';
import english from '../../public/_locales/en/messages.json';

/** A key of the UI's messages; the English file is the list of what exists. */
export type MessageKey = keyof typeof english;

/** The UI string for `key` in the browser's language, falling back to English where the browser gives none (tests). */
export function t(key: MessageKey, substitutions?: string | number): string {
  const subs = substitutions === undefined ? undefined : String(substitutions);
  const translated = typeof browser.i18n?.getMessage === 'function' ? safeGetMessage(key, subs) : '';
  // The English fallback fills its one placeholder ($COUNT$, $NAME$) as the browser would.
  return translated || english[key].message.replace(/\$[A-Z]+\$/g, subs ?? '');
}

function safeGetMessage(key: MessageKey, substitutions: string | undefined): string {
  try {
    return browser.i18n.getMessage(key, substitutions);
  } catch {
    return ''; // Outside an extension (unit tests) there is no message catalogue.
  }
}
