import dayjs from 'dayjs';
import 'dayjs/locale/vi.js';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Bilingual } from '../../../contract/messages.ts';
import { en } from './en.ts';
import { vi } from './vi.ts';

export type Lang = 'vi' | 'en';
export const languages: Lang[] = ['vi', 'en'];
const STORAGE_KEY = 'eiso.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
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

function applyToDocument(lang: Lang) {
  document.documentElement.lang = lang;
  dayjs.locale(lang === 'vi' ? 'vi' : 'en');
}

const lang = initialLang();
applyToDocument(lang);
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: lang,
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'vi';
}

export async function changeLang(next: Lang) {
  localStorage.setItem(STORAGE_KEY, next);
  applyToDocument(next);
  await i18n.changeLanguage(next);
}

/** Picks the current language's text from a { vi, en } pair (the contract's name tables). */
export function pick(text: Bilingual): string {
  return text[currentLang()];
}

export { i18n };
