import { setAdminLocaleAction, signInAction } from '@/app/admin/_actions/auth';
import { redirect } from 'next/navigation';
import { signInLabels } from '@/components/admin/accountLabels';
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
      <SignInForm signIn={signInAction} labels={signInLabels(t)} />
      <AdminLanguageChooser
        locale={locale}
        label={t('language.label')}
        submit={t('language.save')}
        action={setAdminLocaleAction}
      />
    </main>
  );
}
