import { useState } from 'react';
import { AuthCard } from './auth-card';
import { CodeStep } from './code-step';
import { PasswordStep } from './password-step';
import { useAfterSignIn } from './after-sign-in';
import { useSignInText } from './sign-in-text';

/**
 * Sign-in: the password step, then the code step when the operator has MFA. This route loads before
 * anything else, so it uses no form or schema library.
 */
export function SignInPage() {
  const t = useSignInText();
  const { proceed } = useAfterSignIn();
  const [step, setStep] = useState<'password' | 'code'>('password');
  return (
    <AuthCard title={t.title}>
      {step === 'password' ? (
        <PasswordStep
          onResult={(r) => {
            if (r.kind === 'signed-in') proceed(r);
            else setStep('code');
          }}
        />
      ) : (
        <CodeStep
          onSignedIn={(r) => r.kind === 'signed-in' && proceed(r)}
          onStartOver={() => setStep('password')}
        />
      )}
    </AuthCard>
  );
}

export default SignInPage;
