import { QrCode } from '@/components/qr-code';
import { MfaEnrollment } from '@/components/mfa-enrollment';
import { toast } from '@/components/toast';
import { DemoSection } from './demo-section';

const DEMO_SECRET = 'JBSWY3DPEHPK3PXP';
const DEMO_URI = `otpauth://totp/Tessera:demo?secret=${DEMO_SECRET}&issuer=Tessera&algorithm=SHA1&digits=6&period=30`;

/** QrCode and the generic MFA enrolment flow with fake callbacks: 123456 is the only accepted code. */
export function MfaDemo() {
  return (
    <DemoSection title="QR code and MFA enrolment">
      <QrCode value={DEMO_URI} label="QR code for Tessera: demo" secret={DEMO_SECRET} />
      <MfaEnrollment
        account="demo"
        start={() => Promise.resolve({ otpauthUri: DEMO_URI })}
        confirm={(code) =>
          code === '123456'
            ? Promise.resolve({ recoveryCodes: ['abcde-12345', 'fghij-67890'] })
            : Promise.reject(new Error('That code does not match. Try 123456.'))
        }
        onDone={() => toast.success('Enrolment finished')}
      />
    </DemoSection>
  );
}
