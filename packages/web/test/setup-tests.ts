import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// findBy* and waitFor wait for a condition; this is only their upper bound. A lazily loaded
// page can take seconds to appear on a busy machine (the default, 1 s, made tests flaky).
configure({ asyncUtilTimeout: 30_000 });
