import { SecretOnce, useSecretOnce } from '@/components/secret-once';
import { DemoSection } from './demo-section';

/** Demo values are made up on the spot; nothing here is a real credential. */
const randomHex = (bytes: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');

export function SecretDemo() {
  const key = useSecretOnce();
  const codes = useSecretOnce<readonly string[]>();
  return (
    <DemoSection title="Secret shown once">
      <div className="row">
        <button type="button" className="btn" onClick={() => key.show(randomHex(24))}>
          Create client secret
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => codes.show(Array.from({ length: 8 }, () => randomHex(5)))}
        >
          Generate recovery codes
        </button>
      </div>
      {key.value && (
        <SecretOnce
          title="Client secret created"
          label="Client secret"
          value={key.value}
          fileName="client-secret.txt"
          onClose={key.clear}
        />
      )}
      {codes.value && (
        <SecretOnce
          as="panel"
          title="Recovery codes"
          label="Recovery codes"
          value={codes.value}
          fileName="recovery-codes.txt"
          description="Each code signs you in once if you lose your authenticator."
          onClose={codes.clear}
        />
      )}
    </DemoSection>
  );
}
