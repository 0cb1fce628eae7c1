import { MfaEnrollment } from '@/components/mfa-enrollment';
import { useChallengeMfa, useEnableMfa } from '../queries/password';
import { challengeToOtpauth } from './mfa-uri';

/**
 * GS2 enrolment in the shared flow: enableMfa returns the challenge (the TOTP secret), shown as a QR code
 * and as text, then challengeMfa confirms a code. Calling it again while "Verifying" starts over with a
 * new secret, which is how a lost QR code is replaced.
 */
export function MfaSetup(props: { userName: string; title: string; onStarted?: () => void }) {
  const { userName, title } = props;
  // Errors show inside the flow, not as toasts.
  const enable = useEnableMfa({ onError: () => undefined });
  const challenge = useChallengeMfa({ onError: () => undefined });
  return (
    <MfaEnrollment
      account={userName}
      title={title}
      start={async () => {
        const r = await enable.mutateAsync({ userName });
        enable.reset();
        props.onStarted?.();
        const { uri, secret } = challengeToOtpauth(r.challengeToken, userName);
        return { otpauthUri: uri, secret };
      }}
      confirm={async (code) => {
        await challenge.mutateAsync({ userName, passcode: code });
        return {};
      }}
      onDone={() => undefined}
    />
  );
}
