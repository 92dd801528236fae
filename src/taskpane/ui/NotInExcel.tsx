import { Body1, Caption1, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Title3, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
    padding: '16px',
    color: tokens.colorNeutralForeground1,
    background: tokens.colorNeutralBackground2,
    minHeight: '100%',
    boxSizing: 'border-box',
  },
  list: { margin: 0, paddingLeft: '20px' },
});

export interface NotInExcelProps {
  /** 'no-office': a plain browser tab; 'other-host': Word, PowerPoint...; 'too-old': an Excel without the requirement set. */
  reason: 'no-office' | 'other-host' | 'too-old';
  detail?: string;
  workbenchUrl?: string;
}

/** Never a blank pane: what happened, and where SaferPlan does work. */
export function NotInExcel({ reason, detail, workbenchUrl }: NotInExcelProps) {
  const s = useStyles();
  const title = reason === 'too-old' ? 'This Excel cannot run SaferPlan' : reason === 'other-host' ? `SaferPlan works in Excel, not ${detail ?? 'this application'}` : 'SaferPlan runs inside Excel';
  return (
    <main className={s.root}>
      <Title3 as="h1">SaferPlan</Title3>
      <MessageBar intent={reason === 'too-old' ? 'error' : 'info'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {reason === 'too-old'
            ? detail
            : reason === 'other-host'
              ? 'Open your action plan in Excel and start SaferPlan from Home > Action plan.'
              : 'This page is SaferPlan\u2019s task pane, and it needs Excel around it to reach your workbook.'}
        </MessageBarBody>
      </MessageBar>
      <Body1>You can:</Body1>
      <ul className={s.list}>
        <li>
          <Body1>open your plan in Excel (Microsoft 365, Excel 2019 or later, or Excel on the web) and select Home &gt; Action plan;</Body1>
        </li>
        {reason === 'too-old' && (
          <li>
            <Body1>update Excel, or open the workbook in Excel on the web;</Body1>
          </li>
        )}
        {workbenchUrl && reason !== 'too-old' && (
          <li>
            <Body1>
              try it without Excel in the <Link href={workbenchUrl}>SaferPlan workbench</Link>, on a sample plan or your own .xlsx;
            </Body1>
          </li>
        )}
        {reason !== 'too-old' && (
          <li>
            <Body1>
              or use the command line on a saved file: <code>saferplan build plan.xlsx -o out.xlsx</code>.
            </Body1>
          </li>
        )}
      </ul>
      <Caption1>Nothing in your workbook was read or changed.</Caption1>
    </main>
  );
}
