import { setAdminLocaleAction, signInAction } from '@/app/admin/_actions/auth';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/admin/SignInForm.client';
import { AdminLanguageChooser } from '@/components/admin/AdminLanguageChooser';
import { adminT } from '@/lib/admin/i18n';
import { currentUser } from '@/lib/auth/session';

export default async function SignInPage() {
  if (await currentUser()) redirect('/admin');
  const { locale, t } = await adminT();
  return (
    <main className="mx-auto grid max-w-sm gap-6 px-4 py-12">
      <h1 className="text-2xl font-black">{t('signIn.title')}</h1>
      <SignInForm
        signIn={signInAction}
        labels={{
          email: t('signIn.email'),
          password: t('signIn.password'),
          submit: t('signIn.submit'),
          failed: t('signIn.failed'),
          missing: t('signIn.missing'),
          rateLimited: t.raw('signIn.rateLimited') as string,
          protected: t('security.signIn.protected'),
          disabled: t('security.signIn.disabled'),
          expired: t('security.signIn.expired'),
          codeFailed: t('security.signIn.codeFailed'),
          codeTitle: t('security.signIn.codeTitle'),
          code: t('security.signIn.code'),
          codeHint: t('security.signIn.codeHint'),
          verify: t('security.signIn.verify'),
          useRecovery: t('security.signIn.useRecovery'),
          recoveryCode: t('security.signIn.recoveryCode'),
          recoveryHint: t('security.signIn.recoveryHint'),
          verifyRecovery: t('security.signIn.verifyRecovery'),
        }}
      />
      <AdminLanguageChooser
        locale={locale}
        label={t('language.label')}
        submit={t('language.save')}
        action={setAdminLocaleAction}
      />
    </main>
  );
}
