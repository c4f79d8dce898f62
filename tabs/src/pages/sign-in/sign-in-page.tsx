import {
  Button,
  Card,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ApiError } from '../../api/api-client.js';
import { requestJson, toApiError } from '../../api/api-client.js';
import type { DevTokenResponse } from '../../api/types.js';
import { DEMO_ACCOUNTS } from '../../auth/demo-accounts.js';
import type { DevSession } from '../../auth/dev-session.js';
import { errorMessage } from '../../components/load-state.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useSignInPageStyles } from './sign-in-page.styles.js';

/** Outside Teams in development: sign in as one of the demo people through `POST /dev/token`. */
export function SignInPage({ expired, onSignedIn }: { expired: boolean; onSignedIn(session: DevSession): void }) {
  const styles = useSignInPageStyles();
  const { m } = useLocale();
  const [email, setEmail] = useState(DEMO_ACCOUNTS[0]!.email);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function signIn(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const { token, person } = await requestJson<DevTokenResponse>('/dev/token', {
        method: 'POST',
        body: { user: email },
      });
      onSignedIn({ token, email, person });
    } catch (caught) {
      setError(toApiError(caught));
      setPending(false);
    }
  }

  return (
    <div className={styles.page}>
      <Card className={styles.card}>
        <form className={styles.form} onSubmit={signIn} aria-labelledby="sign-in-title">
          <Text as="h2" size={500} weight="semibold" id="sign-in-title" className={styles.heading}>
            {m('signIn.title')}
          </Text>
          <Text as="p" className={styles.intro}>
            {m('signIn.intro')}
          </Text>
          {expired && !error && (
            <MessageBar intent="warning">
              <MessageBarBody>{m('signIn.expired')}</MessageBarBody>
            </MessageBar>
          )}
          {error && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{m('error.signIn')}</MessageBarTitle>
                {error.status === 404 ? m('error.unknownPerson') : errorMessage(m, error)}
              </MessageBarBody>
            </MessageBar>
          )}
          <Field label={m('signIn.people')}>
            <RadioGroup value={email} onChange={(_event, data) => setEmail(data.value)}>
              {DEMO_ACCOUNTS.map((account) => (
                <Radio
                  key={account.email}
                  value={account.email}
                  label={
                    <span className={styles.radioLabel}>
                      <span>{m(account.role)}</span>
                      <Text size={200} className={styles.email}>
                        {account.email}
                      </Text>
                    </span>
                  }
                />
              ))}
            </RadioGroup>
          </Field>
          <Button
            type="submit"
            appearance="primary"
            className={styles.submit}
            disabledFocusable={pending}
            icon={pending ? <Spinner size="tiny" /> : undefined}
          >
            {pending ? m('signIn.submitting') : m('signIn.submit')}
          </Button>
        </form>
      </Card>
    </div>
  );
}
