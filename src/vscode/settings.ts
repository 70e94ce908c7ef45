import * as vscode from 'vscode';
import type { LintOptions, SeveritySetting } from '../engine/index';
import { SECTION } from './constants';

/** How the hover card quotes the interview: the pt-BR original, the English translation, or both. */
export type QuoteLanguage = 'en' | 'pt' | 'both';

/** The `redflags.*` settings for one document, read once per lint. */
export interface Settings {
  enable: boolean;
  rules: Record<string, SeveritySetting>;
  showGreen: boolean;
  showGaps: boolean;
  language: LintOptions['language'];
  quoteLanguage: QuoteLanguage;
  /** Milliseconds to wait after the last keystroke. */
  debounce: number;
  /** Largest memo linted, in bytes (the setting is in megabytes). */
  maxFileSize: number;
}

/** Reads the settings that apply to a document (folder settings win over workspace and user settings). */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const num = (key: string, def: number, min: number, max: number) => {
    const v = c.get<number>(key, def);
    return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : def;
  };
  const q = c.get<string>('quoteLanguage', 'both');
  const lang = c.get<string>('language', 'auto');
  const rules = c.get<Record<string, SeveritySetting>>('rules', {});
  return {
    enable: c.get<boolean>('enable', true) !== false,
    rules: rules && typeof rules === 'object' && !Array.isArray(rules) ? rules : {},
    showGreen: c.get<boolean>('showGreen', true) !== false,
    showGaps: c.get<boolean>('showGaps', true) !== false,
    language: lang === 'en' || lang === 'pt' || lang === 'zh' ? lang : 'auto',
    quoteLanguage: q === 'en' || q === 'pt' ? q : 'both',
    debounce: num('debounce', 300, 0, 5000),
    maxFileSize: num('maxFileSize', 5, 0.001, 1024) * 1024 * 1024,
  };
}

/** Megabytes for messages: "12 MB". */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
