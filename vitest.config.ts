// Domain tests run twice, under UTC and Asia/Tokyo, so no date logic leans on the machine's zone.
// Bundle and browser tests need `npm run build` first (npm test does it).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain-utc', include: ['tests/domain/**/*.test.ts'], env: { TZ: 'UTC' } } },
      { test: { name: 'domain-tokyo', include: ['tests/domain/**/*.test.ts'], env: { TZ: 'Asia/Tokyo' } } },
      { test: { name: 'fakes', include: ['tests/tools/fakes/**/*.test.ts'] } },
      { test: { name: 'lint', include: ['tests/lint/**/*.test.ts'], testTimeout: 60_000 } },
      // Some of these drive thousands of rows through the whole add-on: a loaded 2-core machine needs time.
      { test: { name: 'adapters', include: ['tests/adapters/**/*.test.ts'], testTimeout: 20_000 } },
      { test: { name: 'bundle', include: ['tests/bundle/**/*.test.ts'], testTimeout: 20_000 } },
      { test: { name: 'sidebar', include: ['tests/sidebar/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 30_000 } },
      // The local playground (npm start): its server pieces, and *.browser.test.ts in headless Chromium.
      { test: { name: 'playground', include: ['tests/tools/playground/**/*.test.ts'], testTimeout: 30_000 } },
    ],
  },
});
