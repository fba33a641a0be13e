import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// findBy… and waitFor wait up to 5 s, not 1 s: a lazily loaded screen (a route's chunk) can take longer than a
// second to appear on a busy CI machine, while its test is right.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  window.localStorage.clear();
});
