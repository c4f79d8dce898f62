import { makeStyles, tokens } from '@fluentui/react-components';

export const useCommitteePageStyles = makeStyles({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalM,
  },
  add: {
    marginLeft: 'auto',
    '@media (max-width: 600px)': {
      marginLeft: 0,
    },
  },
});
