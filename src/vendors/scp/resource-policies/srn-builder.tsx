import { useId, useState } from 'react';
import { buildSrn, parseSrn, type SrnParts } from '../policies/engine/srn';
import { useResourcePolicyText } from './resource-policy-text';

const FIELDS = ['environment', 'accountId', 'region', 'service', 'resourceType', 'resourceId'] as const;

/** Builds an SRN from its parts, or takes one pasted whole; `onOpen` gets the SRN to look up. */
export function SrnBuilder(props: {
  initial: string;
  defaults: Partial<SrnParts>;
  onOpen: (srn: string) => void;
}) {
  const t = useResourcePolicyText();
  const baseId = useId();
  const [parts, setParts] = useState<SrnParts>(
    () =>
      parseSrn(props.initial) ?? {
        environment: props.defaults.environment ?? '',
        accountId: props.defaults.accountId ?? '',
        region: props.defaults.region ?? '',
        service: 'virtualserver',
        resourceType: 'virtual-server',
        resourceId: '',
      },
  );
  const [srn, setSrn] = useState(props.initial || buildSrn(parts));
  const labels: Record<(typeof FIELDS)[number], string> = {
    environment: t.environment,
    accountId: t.account,
    region: t.region,
    service: t.service,
    resourceType: t.resourceType,
    resourceId: t.resourceId,
  };
  return (
    <form
      className="stack"
      aria-label={t.builder}
      onSubmit={(e) => {
        e.preventDefault();
        if (srn.trim()) props.onOpen(srn.trim());
      }}
    >
      <fieldset className="row scp-toolbar">
        <legend>{t.builder}</legend>
        {FIELDS.map((f) => (
          <div className="field" key={f}>
            <label htmlFor={`${baseId}-${f}`}>{labels[f]}</label>
            <input
              id={`${baseId}-${f}`}
              value={parts[f]}
              spellCheck={false}
              onChange={(e) => {
                const next = { ...parts, [f]: e.target.value.trim() };
                setParts(next);
                setSrn(buildSrn(next));
              }}
            />
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${baseId}-srn`}>{t.srn}</label>
        <input
          id={`${baseId}-srn`}
          value={srn}
          spellCheck={false}
          aria-describedby={`${baseId}-srn-help`}
          onChange={(e) => {
            setSrn(e.target.value);
            const parsed = parseSrn(e.target.value.trim());
            if (parsed) setParts(parsed);
          }}
        />
        <span id={`${baseId}-srn-help`} className="field-help">
          {t.srnHelp}
        </span>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={!srn.trim()}>
          {t.open}
        </button>
      </div>
    </form>
  );
}
