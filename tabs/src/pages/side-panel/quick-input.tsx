import { Button, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useSidePanelStyles } from './side-panel-page.styles.js';

/** One labelled text box and its button; `onSubmit` resolves true once saved, which clears the box. */
export function QuickInput(props: {
  label: string;
  submitLabel: string;
  maxLength: number;
  disabled: boolean;
  onSubmit(text: string): Promise<boolean>;
}) {
  const styles = useSidePanelStyles();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    try {
      if (await props.onSubmit(text.trim())) setText('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.quickForm} onSubmit={(event) => void submit(event)}>
      <Field label={props.label}>
        <Textarea
          value={text}
          maxLength={props.maxLength}
          resize="vertical"
          disabled={props.disabled}
          onChange={(_event, data) => setText(data.value)}
        />
      </Field>
      <Button type="submit" className={styles.quickSubmit} disabled={props.disabled || busy || !text.trim()}>
        {props.submitLabel}
      </Button>
    </form>
  );
}
