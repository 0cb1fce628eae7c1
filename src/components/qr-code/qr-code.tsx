import { useEffect, useState } from 'react';
import { useQrText } from './qr-text';
import './qr-code.css';

export type QrCodeProps = {
  /** What to encode, e.g. an `otpauth://` URI. Exposed as `data-qr-value` so tests can read it. */
  value: string;
  /** The accessible name of the image, e.g. "QR code for Tessera: alice". */
  label: string;
  /** Shown as text beside the code, grouped by four, for apps that cannot scan. */
  secret?: string | undefined;
  /** Edge length in CSS pixels. */
  size?: number;
};

type Drawn = { value: string; src: string } | { value: string; failed: true };

/** SVG markup drawn locally by the lazily loaded `qrcode` package: no canvas, no network, no third party. */
async function draw(value: string): Promise<string> {
  const qrcode = await import('qrcode');
  const svg = await qrcode.toString(value, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * A QR code as an image (the CSP allows data: images) with the secret as selectable text. The drawing
 * library is loaded only when a code is shown, so pages without one do not pay for it.
 */
export function QrCode({ value, label, secret, size = 192 }: QrCodeProps) {
  const t = useQrText();
  const [drawn, setDrawn] = useState<Drawn>();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    let live = true;
    draw(value).then(
      (src) => live && setDrawn({ value, src }),
      () => live && setDrawn({ value, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [value]);
  const current = drawn?.value === value ? drawn : undefined;
  return (
    <figure className="qr-code" data-qr-value={value}>
      <div className="qr-code-image" style={{ width: size + 16, height: size + 16 }}>
        {current && 'src' in current ? (
          <img src={current.src} alt={label} width={size} height={size} />
        ) : current ? (
          <p role="alert" className="muted">
            {t.failed}
          </p>
        ) : (
          <span role="img" aria-label={label} aria-busy="true" className="muted">
            {t.drawing}
          </span>
        )}
      </div>
      {secret && (
        <figcaption className="qr-code-secret">
          <span className="muted">{t.secret}</span>
          <code data-secret={secret}>{secret.replace(/(.{4})(?=.)/g, '$1 ')}</code>
          <button
            type="button"
            className="btn"
            onClick={() =>
              void navigator.clipboard.writeText(secret).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {copied ? t.copied : t.copy}
          </button>
        </figcaption>
      )}
    </figure>
  );
}
