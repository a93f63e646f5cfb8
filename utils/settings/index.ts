import { storage } from '#imports';
import type { Settings } from './types';

/** What a new install starts with: APA is what most students are asked for. */
export const DEFAULT_SETTINGS: Settings = {
  citationStyle: 'apa',
  highlightLook: 'tint-and-underline',
  offerOnDeviceSummary: true,
};

/** The settings, kept in sync storage so they follow the reader between browsers. */
const settingsItem = storage.defineItem<Partial<Settings>>('sync:settings', { fallback: {} });

/** Reads the settings, filling anything unset (or from an older version) with the defaults. */
export async function loadSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

/** Saves some settings and keeps the rest. */
export async function saveSettings(changes: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...changes };
  await settingsItem.setValue(next);
  return next;
}

export type { HighlightLook, Settings } from './types';
