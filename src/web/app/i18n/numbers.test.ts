import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { numberFormatter } from './numbers.ts';
import { vi } from './vi.ts';

describe('numbers put into texts', () => {
  it('are written as the language writes them, except years and codes', async () => {
    const i18n = i18next.createInstance();
    await i18n.use(numberFormatter).init({
      lng: 'vi',
      resources: { vi: { translation: vi }, en: { translation: en } },
      interpolation: { escapeValue: false, alwaysFormat: true },
    });
    expect(i18n.t('documents.reviews.overdue', { n: 3694 })).toBe('Quá hạn 3.694 ngày');
    expect(i18n.t('cases.inbox.overdueDays', { days: 2171 })).toBe('Quá hạn 2.171 ngày làm việc');
    expect(i18n.t('catalogue.pageTitle', { year: 2017, unit: 'Vụ 1234' })).toBe(
      'Danh mục hồ sơ năm 2017 – Vụ 1234',
    );
    await i18n.changeLanguage('en');
    expect(i18n.t('documents.reviews.overdue', { n: 3694 })).toBe('Overdue by 3,694 days');
  });
});
