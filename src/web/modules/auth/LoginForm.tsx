import CloseCircleFilled from '@ant-design/icons-svg/es/asn/CloseCircleFilled.js';
import EyeInvisibleOutlined from '@ant-design/icons-svg/es/asn/EyeInvisibleOutlined.js';
import EyeOutlined from '@ant-design/icons-svg/es/asn/EyeOutlined.js';
import LoadingOutlined from '@ant-design/icons-svg/es/asn/LoadingOutlined.js';
import LockOutlined from '@ant-design/icons-svg/es/asn/LockOutlined.js';
import UserOutlined from '@ant-design/icons-svg/es/asn/UserOutlined.js';
import {
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../contract/auth.ts';
import { ApiError, api } from '../../app/api.ts';
import { PlainIcon } from '../../app/components/PlainIcon.tsx';
import './signin.css';

type Values = { username: string; password: string };
type Field = keyof Values;
type Props = { onSignedIn: (me: Me) => void; initialUsername?: string };

/**
 * Used by the sign-in page and by the dialog that appears when a session expires. Plain
 * elements, not antd's Form: the sign-in page loads before antd does (signin.css gives the look).
 */
export function LoginForm({ onSignedIn, initialUsername }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<Values>({ username: initialUsername ?? '', password: '' });
  // A field says it is empty once it was typed in and cleared, or after an attempt to sign in.
  const [checked, setChecked] = useState<Set<Field>>(new Set());
  const [showPassword, setShowPassword] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const username = useRef<HTMLInputElement>(null);
  const password = useRef<HTMLInputElement>(null);

  useEffect(() => (initialUsername ? password : username).current?.focus(), [initialUsername]);

  const change = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setChecked((c) => new Set(c).add(field));
  };
  const missing = (field: Field) => checked.has(field) && values[field] === '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setChecked(new Set(['username', 'password']));
    const empty = !values.username ? username : !values.password ? password : null;
    if (empty) return empty.current?.focus();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api.post<Me>('/auth/login', values));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="signin" noValidate onSubmit={submit}>
      {error ? <SignInError error={error} /> : null}
      <InputField
        id={`${id}-username`}
        label={t('auth.login.username')}
        icon={<PlainIcon icon={UserOutlined} />}
        error={missing('username') ? t('common.required') : null}
        inputRef={username}
        name="username"
        autoComplete="username"
        value={values.username}
        onChange={(e) => change('username', e.target.value)}
      />
      <InputField
        id={`${id}-password`}
        label={t('auth.login.password')}
        icon={<PlainIcon icon={LockOutlined} />}
        error={missing('password') ? t('common.required') : null}
        after={
          <button
            type="button"
            className="signin-reveal"
            aria-label={t('auth.login.showPassword')}
            aria-pressed={showPassword}
            aria-controls={`${id}-password`}
            onClick={() => setShowPassword(!showPassword)}
          >
            <PlainIcon icon={showPassword ? EyeOutlined : EyeInvisibleOutlined} />
          </button>
        }
        inputRef={password}
        name="password"
        type={showPassword ? 'text' : 'password'}
        autoComplete="current-password"
        value={values.password}
        onChange={(e) => change('password', e.target.value)}
      />
      <button type="submit" className="signin-submit" aria-busy={busy}>
        {busy ? <PlainIcon icon={LoadingOutlined} /> : null}
        {t('auth.login.submit')}
      </button>
    </form>
  );
}

type InputFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  icon: ReactNode;
  error: string | null;
  /** A button inside the frame, after the input. */
  after?: ReactNode;
  inputRef: Ref<HTMLInputElement>;
};

/** A label, the input in its frame (an icon before it), and what is wrong with it. */
function InputField({ id, label, icon, error, after, inputRef, ...input }: InputFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className="signin-field">
      <label htmlFor={id}>{label}</label>
      <div className={error ? 'signin-input invalid' : 'signin-input'}>
        {icon}
        <input
          {...input}
          ref={inputRef}
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        {after}
      </div>
      {error ? (
        <div id={errorId} className="signin-field-error">
          {error}
        </div>
      ) : null}
    </div>
  );
}

/** The server's answer when sign-in fails (as ErrorAlert shows it, without antd's Alert). */
function SignInError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : null;
  const details = apiError?.details ?? [];
  return (
    <div className="signin-alert" role="alert">
      <PlainIcon icon={CloseCircleFilled} />
      <div>
        {apiError?.message ?? t('errors.unexpected', { status: '?' })}
        {details.length > 0 ? (
          <ul>
            {details.map((d) => (
              <li key={`${d.path}:${d.message}`}>{d.message}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
