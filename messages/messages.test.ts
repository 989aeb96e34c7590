import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import be from './be.json';
import en from './en.json';
import ru from './ru.json';

const flat = (o: object, pre = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? flat(v, `${pre}${k}.`) : [`${pre}${k}`]));

describe('message catalogues', () => {
  it('have the same keys in every language', () => {
    expect(flat(ru).sort()).toEqual(flat(be).sort());
    expect(flat(en).sort()).toEqual(flat(be).sort());
  });

  it('use Belarusian plural forms', () => {
    const t = createTranslator({ locale: 'be', messages: be, namespace: 'time' });
    expect(t('minutesAgo', { count: 1 })).toBe('1 хвіліну таму');
    expect(t('minutesAgo', { count: 3 })).toBe('3 хвіліны таму');
    expect(t('minutesAgo', { count: 5 })).toBe('5 хвілін таму');
    expect(t('minutesAgo', { count: 11 })).toBe('11 хвілін таму');
    expect(t('minutesAgo', { count: 21 })).toBe('21 хвіліну таму');
    expect(t('hoursAgo', { count: 2 })).toBe('2 гадзіны таму');
  });

  it('use Russian and English plural forms', () => {
    const r = createTranslator({ locale: 'ru', messages: ru, namespace: 'time' });
    expect(r('hoursAgo', { count: 2 })).toBe('2 часа назад');
    expect(r('minutesAgo', { count: 5 })).toBe('5 минут назад');
    expect(r('minutesAgo', { count: 21 })).toBe('21 минуту назад');
    const e = createTranslator({ locale: 'en', messages: en, namespace: 'time' });
    expect(e('hoursAgo', { count: 1 })).toBe('1 hour ago');
    expect(e('hoursAgo', { count: 2 })).toBe('2 hours ago');
  });
});
