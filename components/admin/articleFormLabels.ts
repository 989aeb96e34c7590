// Translated strings the article form (a client component) needs, made on the server.
import type { AdminT } from '@/lib/admin/i18n';
import type { ArticleFormProps } from './ArticleForm.client';

export function articleFormLabels(t: AdminT): Pick<ArticleFormProps, 'labels' | 'editorLabels' | 'errorText'> {
  return {
    labels: {
      title: t('field.title'), lede: t('field.lede'), slug: t('field.slug'), slugHint: t('field.slugHint'),
      slugFromTitle: t('field.slugFromTitle'), body: t('field.body'), section: t('field.section'), tags: t('field.tags'),
      authors: t('field.authors'), image: t('field.image'), noImage: t('field.noImage'), scheduledFor: t('field.scheduledFor'),
      choose: t('field.choose'), save: t('editor.save'), stage: t('editor.stage'), submit: t('editor.submit'), publish: t('editor.publish'),
      update: t('editor.update'), schedule: t('editor.schedule'), unpublish: t('editor.unpublish'), confirm: t('editor.confirm'),
      noscript: t('editor.noscript'), openLatest: t('editor.openLatest'), fixErrors: t('editor.fixErrors'),
    },
    editorLabels: {
      toolbar: t('toolbar.label'), bold: t('toolbar.bold'), italic: t('toolbar.italic'), h2: t('toolbar.h2'), h3: t('toolbar.h3'),
      bullet: t('toolbar.bullet'), ordered: t('toolbar.ordered'), quote: t('toolbar.quote'), link: t('toolbar.link'),
      linkPrompt: t('toolbar.linkPrompt'), unlink: t('toolbar.unlink'),
    },
    errorText: Object.fromEntries(
      (['required', 'tooLong', 'tooMany', 'slugFormat', 'slugTaken', 'bodyInvalid', 'bodyTooLong', 'dateInvalid', 'datePast', 'unknown', 'invalid', 'controlChars', 'bodyTooDeep'] as const).map(
        (k) => [k, t(`errors.${k}`)],
      ),
    ),
  };
}
