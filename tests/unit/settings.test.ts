import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '@/utils/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings', () => {
  it('start from the defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keep what was saved and default the rest', async () => {
    await saveSettings({ citationStyle: 'mla' });
    await saveSettings({ offerOnDeviceSummary: false });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, citationStyle: 'mla', offerOnDeviceSummary: false });
  });

  it('live in sync storage, so they follow the reader', async () => {
    await saveSettings({ highlightLook: 'underline-only' });
    expect(await fakeBrowser.storage.sync.get('settings')).toMatchObject({ settings: { highlightLook: 'underline-only' } });
  });
});
