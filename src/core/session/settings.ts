import { DEFAULT_HISTORY_CAP, MAX_HISTORY_CAP } from '../history/record.ts';

export const SETTINGS_VERSION = 1;

export interface Settings {
  /** Most records the history keeps; the oldest go first. */
  historyCap: number;
  /** Record findings of private (incognito) windows too. Off unless the user turns it on. */
  recordPrivate: boolean;
  reportFormat: 'text' | 'markdown';
  /** 'auto' follows the browser's UI language. */
  language: 'auto' | 'en' | 'ja';
}

export const DEFAULT_SETTINGS: Settings = {
  historyCap: DEFAULT_HISTORY_CAP,
  recordPrivate: false,
  reportFormat: 'text',
  language: 'auto',
};

const MIN_HISTORY_CAP = 100;

/**
 * Settings as stored by any version: unknown keys are ignored, bad values fall back to the default,
 * numbers are clamped. Never throws, so a damaged storage cannot break the panel.
 */
export function parseSettings(stored: Record<string, unknown>): Settings {
  const cap = Number(stored['historyCap']);
  return {
    historyCap: Number.isFinite(cap)
      ? Math.min(MAX_HISTORY_CAP, Math.max(MIN_HISTORY_CAP, Math.round(cap)))
      : DEFAULT_SETTINGS.historyCap,
    recordPrivate: typeof stored['recordPrivate'] === 'boolean' ? stored['recordPrivate'] : false,
    reportFormat: stored['reportFormat'] === 'markdown' ? 'markdown' : 'text',
    language: stored['language'] === 'en' || stored['language'] === 'ja' ? stored['language'] : 'auto',
  };
}
