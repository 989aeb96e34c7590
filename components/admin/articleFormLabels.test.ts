import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import { adminTranslator } from '@/lib/admin/i18n';
import { articleFormLabels } from './articleFormLabels';

describe('article form strings', () => {
  it('gives the form, its body editor and its browser-side checks their words in the editor’s language', () => {
    const en_ = articleFormLabels(adminTranslator('en'));
    expect(en_.labels.scheduledFor).toBe(en.admin.field.scheduledFor);
    expect(en_.labels.publish).toBe(en.admin.editor.publish);
    expect(en_.editorLabels.toolbar).toBe(en.admin.toolbar.label);
    expect(en_.errorText.bodyTooDeep).toBe(en.admin.errors.bodyTooDeep);
    expect(articleFormLabels(adminTranslator('ru')).labels.title).toBe(ru.admin.field.title);
    for (const text of [
      ...Object.values(en_.labels),
      ...Object.values(en_.editorLabels),
      ...Object.values(en_.errorText),
    ]) {
      expect(text).not.toMatch(/^admin\./);
    }
  });
});
