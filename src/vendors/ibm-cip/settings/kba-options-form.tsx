import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { CheckboxField, TextField } from '@/components/form';
import { QueryBoundary } from '@/components/states';
import { useCurrentConnection } from '@/lib/connection-context';
import type { FieldError } from '@/lib/http/errors';
import type { InstanceKba } from '../wire';
import { applySsErrors } from './form-errors';
import { fromKbaValues, kbaLanguages, kbaSchema, toKbaValues, type KbaValues } from './kba-values';
import { useUpdateKbaOptions } from './mutations';
import { kbaOptionsQuery } from './queries';
import { SettingsForm } from './settings-form';
import { errorWords, useSettingsText } from './settings-text';

const FIELDS = ['minRequired', 'maxRequired', 'minCharacterLength', 'uniqueAnswers', 'questions'] as const;

/** SS2 and SS25: the instance's security-question rules, and the tenant's question catalogue. */
export function KbaOptionsTab({ instanceId }: { instanceId: number }) {
  const { id } = useCurrentConnection();
  const query = useQuery(kbaOptionsQuery(id, instanceId));
  return (
    <QueryBoundary query={query}>
      {(kba) => <KbaOptionsForm instanceId={instanceId} kba={kba} />}
    </QueryBoundary>
  );
}

function KbaOptionsForm({ instanceId, kba }: { instanceId: number; kba: InstanceKba }) {
  const t = useSettingsText();
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const languages = kbaLanguages(kba);
  const form = useForm<KbaValues>({
    resolver: zodResolver(kbaSchema(t)),
    values: toKbaValues(kba, languages),
  });
  const questions = useFieldArray({ control: form.control, name: 'questions' });
  const save = useUpdateKbaOptions({
    onError: (err) => setServerErrors(applySsErrors(err, form.setError, FIELDS, errorWords(t))),
    onSuccess: () => form.reset(form.getValues()),
  });
  const nextId = Math.max(kba.maxQuestionNum, ...questions.fields.map((q) => q.questionId)) + 1;
  return (
    <SettingsForm
      form={form}
      title={t.tabKba}
      pending={save.isPending}
      serverErrors={serverErrors}
      onValid={(v) => {
        setServerErrors([]);
        save.mutate(fromKbaValues(instanceId, v, languages));
      }}
    >
      <div className="cip-grid">
        <TextField
          control={form.control}
          name="minRequired"
          label={t.minRequired}
          inputMode="numeric"
          required
        />
        <TextField
          control={form.control}
          name="maxRequired"
          label={t.maxRequired}
          help={t.maxRequiredHelp}
          inputMode="numeric"
        />
        <TextField
          control={form.control}
          name="minCharacterLength"
          label={t.minCharacterLength}
          inputMode="numeric"
          required
        />
      </div>
      <CheckboxField control={form.control} name="uniqueAnswers" label={t.uniqueAnswers} />
      <fieldset className="stack">
        <legend>{t.questionsLegend}</legend>
        <p className="muted ss-help">{t.questionsHelp}</p>
        <div className="ss-scroll">
          <table className="cip-table ss-kba-table">
            <thead>
              <tr>
                <th scope="col">{t.questionNo}</th>
                {languages.map((l) => (
                  <th key={l} scope="col">
                    {t.questionText(l)}
                  </th>
                ))}
                <th scope="col">{t.deprecated}</th>
              </tr>
            </thead>
            <tbody>
              {questions.fields.map((q, index) => (
                <tr key={q.id}>
                  <th scope="row">{q.questionId}</th>
                  {languages.map((l, li) => (
                    <td key={l}>
                      <TextField
                        control={form.control}
                        name={`questions.${index}.texts.${li}`}
                        label={<span className="visually-hidden">{t.questionTextOf(q.questionId, l)}</span>}
                      />
                    </td>
                  ))}
                  <td>
                    <CheckboxField
                      control={form.control}
                      name={`questions.${index}.deprecated`}
                      label={<span className="visually-hidden">{t.deprecatedOf(q.questionId)}</span>}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <button
            type="button"
            className="btn"
            onClick={() =>
              questions.append({
                questionId: nextId,
                deprecated: false,
                texts: languages.map(() => ''),
                known: languages.map(() => false),
              })
            }
          >
            {t.addQuestion}
          </button>
        </div>
      </fieldset>
    </SettingsForm>
  );
}
