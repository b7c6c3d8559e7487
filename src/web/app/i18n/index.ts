import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Bilingual } from '../../../contract/messages.ts';
import { setNumberLang } from '../format.ts';
import { numberFormatter } from './numbers.ts';
import { type ViTexts, vi } from './vi.ts';

export type Lang = 'vi' | 'en';
export const languages: Lang[] = ['vi', 'en'];
const STORAGE_KEY = 'eiso.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: ViTexts };
  }
}

/** Vietnamese comes with the app; English is loaded when chosen (most people never need it). */
const loaders: Record<Lang, () => Promise<object>> = {
  vi: async () => vi,
  en: async () => (await import('./en.ts')).en,
};

async function load(lang: Lang) {
  if (!i18n.hasResourceBundle(lang, 'translation'))
    i18n.addResourceBundle(lang, 'translation', await loaders[lang]());
}

/**
 * Vietnamese unless the person chose otherwise; `?lang=en` in any address also switches
 * (handy for shared links and screenshots) and is remembered.
 */
function initialLang(): Lang {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'vi' || fromUrl === 'en') {
    localStorage.setItem(STORAGE_KEY, fromUrl);
    return fromUrl;
  }
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
}

async function apply(lang: Lang) {
  await load(lang);
  document.documentElement.lang = lang;
  setNumberLang(lang);
  await i18n.changeLanguage(lang);
}

/** Resolves once the first language's texts are in: main.tsx renders after it. */
export const i18nReady: Promise<void> = (async () => {
  await i18n
    .use(initReactI18next)
    .use(numberFormatter)
    .init({
      resources: { vi: { translation: vi } },
      partialBundledLanguages: true,
      lng: 'vi',
      fallbackLng: 'vi',
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
    });
  document.documentElement.lang = 'vi';
  // English that fails to load (the server went away) leaves the app in Vietnamese.
  await apply(initialLang()).catch(() => undefined);
})();

export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'vi';
}

export async function changeLang(next: Lang) {
  await apply(next);
  localStorage.setItem(STORAGE_KEY, next);
}

/** Picks the current language's text from a { vi, en } pair (the contract's name tables). */
export function pick(text: Bilingual): string {
  return text[currentLang()];
}

export { i18n };
