import { makeStyles, tokens } from '@fluentui/react-components';

export const useConfigPageStyles = makeStyles({
  preview: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});
