import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AttributeProtocol, ConditionProtocol } from '../wire/common';
import { ConditionEditor } from './condition-editor';

const attributes: AttributeProtocol[] = [
  {
    attributeId: 'instance.name',
    attributeCreationTypeCode: 'ROLE_ATTRIBUTE',
    attributeDataTypeCode: 'STRING',
  },
  {
    attributeId: 'client.ip',
    attributeCreationTypeCode: 'ROLE_ATTRIBUTE',
    attributeDataTypeCode: 'IPADDRESS',
  },
];

function Harness(props: { initial: ConditionProtocol[]; seen: ConditionProtocol[][] }) {
  const [value, setValue] = useState(props.initial);
  return (
    <ConditionEditor
      attributes={attributes}
      value={value}
      onChange={(next) => {
        props.seen.push(next);
        setValue(next);
      }}
    />
  );
}

describe('ConditionEditor', () => {
  it('commits values as typed, and removing a condition leaves each box with its own values', async () => {
    const seen: ConditionProtocol[][] = [];
    render(
      <Harness
        seen={seen}
        initial={[
          { attributeId: 'instance.name', attributeOperatorTypeCode: 'ANY_MATCH', attributeValues: ['GPU'] },
          { attributeId: 'client.ip', attributeOperatorTypeCode: 'ALLOW', attributeValues: ['10.0.0.0/8'] },
        ]}
      />,
    );
    const second = screen.getByRole('group', { name: 'Condition 2' });
    await userEvent.type(within(second).getByLabelText('Values'), ', 192.168.0.0/16');
    expect(seen.at(-1)?.[1]?.attributeValues).toEqual(['10.0.0.0/8', '192.168.0.0/16']);
    await userEvent.click(screen.getByRole('button', { name: 'Remove condition 1' }));
    const only = screen.getByRole('group', { name: 'Condition 1' });
    expect(within(only).getByLabelText('Attribute')).toHaveValue('client.ip');
    expect(within(only).getByLabelText('Values')).toHaveValue('10.0.0.0/8, 192.168.0.0/16');
    expect(within(only).getByLabelText('Operator')).toHaveValue('ALLOW');
    expect(screen.queryByRole('group', { name: 'Condition 2' })).not.toBeInTheDocument();
  });
});
