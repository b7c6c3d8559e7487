import GlobalOutlined from '@ant-design/icons-svg/es/asn/GlobalOutlined.js';
import SafetyCertificateFilled from '@ant-design/icons-svg/es/asn/SafetyCertificateFilled.js';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { Me } from '../../../contract/auth.ts';
import { useAuth } from '../../app/auth.tsx';
import { useDocumentTitle } from '../../app/components/documentTitle.ts';
import { PlainIcon } from '../../app/components/PlainIcon.tsx';
import { changeLang, currentLang } from '../../app/i18n/index.ts';
import { paths } from '../../app/paths.ts';
import { LoginForm } from './LoginForm.tsx';

/** Only addresses inside the app, so a crafted link cannot send people elsewhere. */
const safeNext = (next: string | null) =>
  next?.startsWith('/') && !next.startsWith('//') ? next : paths.home;

/**
 * The first page most people see, so it loads no antd (which comes with the signed-in layout):
 * plain elements styled by signin.css to look like the rest.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const { me, accept } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  useDocumentTitle(t('auth.login.title'));

  if (me) return <Navigate to={me.person.mustChangePassword ? paths.password : next} replace />;

  const signedIn = (signed: Me) => {
    accept(signed);
    navigate(signed.person.mustChangePassword ? paths.password : next, { replace: true });
  };

  return (
    <div className="signin signin-page">
      <div className="signin-top">
        <LanguageToggle />
      </div>
      <main className="signin-main">
        <section className="signin-card" aria-labelledby="signin-title">
          <div className="signin-head">
            <PlainIcon icon={SafetyCertificateFilled} style={{ fontSize: 40, color: 'var(--primary)' }} />
            <h1 id="signin-title">{t('auth.login.title')}</h1>
            <p>{t('auth.login.subtitle')}</p>
          </div>
          <LoginForm onSignedIn={signedIn} />
        </section>
      </main>
    </div>
  );
}

/** Two languages: the button offers the other one, named in that language. */
function LanguageToggle() {
  const other = currentLang() === 'vi' ? 'en' : 'vi';
  const { t } = useTranslation();
  return (
    <button type="button" className="signin-text-button" lang={other} onClick={() => void changeLang(other)}>
      <PlainIcon icon={GlobalOutlined} />
      {t(`lang.${other}`)}
    </button>
  );
}
