import type { Preview } from '@storybook/web-components-vite';
import '../src/index.js';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    // Stories run as tests: an axe violation fails the story's test.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
  },
};

export default preview;
