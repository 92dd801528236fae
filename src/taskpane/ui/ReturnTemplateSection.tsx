import { Button, Caption1, Field, Input, Subtitle2 } from '@fluentui/react-components';
import { FormEvent, useRef, useState } from 'react';
import type { Connector } from '../connector/connector';
import { cleanAgency, returnTemplateFor } from '../export/return-template';
import { ExplainedError } from './errors';
import { count } from '../../core/words';

export interface ReturnTemplateSectionProps {
  connector: Connector;
  today: () => Date;
  busy: boolean;
  /** The export panel's runner: busy state, status line and errors are shared with its buttons. */
  run(what: string, work: () => Promise<string>): Promise<void>;
}

const plural = (n: number) => count(n, 'priority', 'priorities');

/**
 * `saferplan returns-template` in the pane: a blank partner return (seed 002's proforma) for one
 * agency, listing the plan's priorities, opened as a new workbook (downloaded in the workbench).
 * Part of the export panel, so it loads with it and shares its new-workbook code.
 */
export function ReturnTemplateSection({ connector, today, busy, run }: ReturnTemplateSectionProps) {
  const [agency, setAgency] = useState('');
  const [tried, setTried] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const missing = tried && cleanAgency(agency) === '';
  const newWorkbook = connector.newWorkbook;

  const make = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (cleanAgency(agency) === '' || !newWorkbook) {
      input.current?.focus();
      return;
    }
    void run('Making the return template', async () => {
      const template = returnTemplateFor(await connector.returnPlan({ today: today() }), agency);
      if (!template) {
        throw new ExplainedError(
          'No priorities found in this workbook, so there is nothing for a return to ask about.',
          'A return asks the partner about each priority of the plan. Give the plan a Priority column, or priority headings above its actions, then try again.',
        );
      }
      await newWorkbook.open(template.specs, template.fileName);
      return `${newWorkbook.label}: done. Return template for ${template.agency} (${template.fileName}), asking about ${plural(template.priorities.length)}.`;
    });
  };

  return (
    <form noValidate onSubmit={make} aria-labelledby="return-template-heading" style={{ display: 'flex', flexDirection: 'column', gap: '8px' }}>
      <Subtitle2 as="h3" id="return-template-heading" style={{ margin: '8px 0 0' }}>
        Partner return template
      </Subtitle2>
      <Field
        label="Agency"
        required
        hint="The partner the return is for, such as the police, fire service or council."
        validationState={missing ? 'error' : 'none'}
        validationMessage={missing ? 'Enter the agency the return is for.' : undefined}
      >
        <Input ref={input} value={agency} onChange={(_, d) => setAgency(d.value)} />
      </Field>
      <div>
        <Button type="submit" disabled={busy || !newWorkbook}>
          Make return template
        </Button>
      </div>
      <Caption1>
        {newWorkbook
          ? 'A new workbook with a blank return listing the plan\u2019s priorities, for the agency to fill in and send back. SaferPlan leaves that workbook to the partner.'
          : 'This Excel cannot open a new workbook from the task pane. Use the command line instead: saferplan returns-template.'}
      </Caption1>
    </form>
  );
}
