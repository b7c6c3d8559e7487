import i18n from 'i18next';

/**
 * The Vietnamese texts of a module whose screens all load on demand (objectives, internal
 * audit…) travel in that module's chunk, not in the shell every page downloads (the shell has
 * a size budget, bench/web-size.ts). The module's `texts.ts` calls this when its chunk is
 * evaluated, before any of its components renders, and each of its entry components (a routed
 * page, a card another page lazy-loads) imports that file. English is loaded whole when chosen
 * (en.ts), so it needs nothing here.
 */
export function addModuleTexts(texts: Record<string, object>) {
  i18n.addResourceBundle('vi', 'translation', texts, true, false);
}
