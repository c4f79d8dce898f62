import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { FormEvent, ReactElement, ReactNode } from 'react';
import { useFormDialogStyles } from './form-dialog.styles.js';

/**
 * The dialogs that add or change something (a meeting, a participant): a trigger button, a form, the
 * server's reason when it refuses, Cancel and a submit button that says when it is working.
 */
export function FormDialog(props: {
  open: boolean;
  onOpenChange(open: boolean): void;
  trigger: ReactElement;
  title: string;
  failedTitle: string;
  problem: string | null;
  cancelLabel: string;
  submitLabel: string;
  canSubmit: boolean;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  children: ReactNode;
}) {
  const styles = useFormDialogStyles();
  return (
    <Dialog open={props.open} onOpenChange={(_event, data) => props.onOpenChange(data.open)}>
      <DialogTrigger disableButtonEnhancement>{props.trigger}</DialogTrigger>
      <DialogSurface className={styles.surface}>
        <form onSubmit={props.onSubmit}>
          <DialogBody>
            <DialogTitle>{props.title}</DialogTitle>
            <DialogContent className={styles.content}>
              {props.problem && (
                <MessageBar intent="error" layout="multiline" role="alert">
                  <MessageBarBody>
                    <MessageBarTitle>{props.failedTitle}</MessageBarTitle>
                    {props.problem}
                  </MessageBarBody>
                </MessageBar>
              )}
              {props.children}
            </DialogContent>
            <DialogActions className={styles.actions}>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary" type="button">
                  {props.cancelLabel}
                </Button>
              </DialogTrigger>
              <Button appearance="primary" type="submit" disabled={!props.canSubmit}>
                {props.submitLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
