import { makeStyles, tokens } from '@fluentui/react-components';

export const useSignInPageStyles = makeStyles({
  page: {
    display: 'flex',
    justifyContent: 'center',
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalL}`,
    '@media (max-width: 600px)': {
      padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    },
  },
  card: {
    width: '100%',
    maxWidth: '480px',
    padding: tokens.spacingHorizontalXXL,
    '@media (max-width: 600px)': {
      padding: tokens.spacingHorizontalL,
    },
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  heading: {
    margin: 0,
  },
  intro: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  radioLabel: {
    display: 'flex',
    flexDirection: 'column',
  },
  email: {
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
  submit: {
    alignSelf: 'flex-start',
  },
});
