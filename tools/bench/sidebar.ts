// The report sidebar as a user meets it: the size of dist/Sidebar.html, and its server round trips
// to open and to submit, counted in Chromium at the google.script.run bridge (the real bundle answers).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, openSidebar } from '../fakes/script-run-bridge';
import { loadAddOnWithSidebar } from '../fakes/sidebar-add-on';
import type { BenchSection } from './bench';

export const sidebarBenchmarks: BenchSection = {
  title: 'Report sidebar (dist/Sidebar.html in headless Chromium)',
  async run() {
    const dist = join(process.cwd(), 'dist');
    const addOn = loadAddOnWithSidebar(dist);
    const browser = await launchChromium();
    try {
      const { page, calls, externalRequests } = await openSidebar(browser, addOn.showSidebar(), addOn.server);
      await page.locator('#f-summary').waitFor();
      // The sidebar's script runs at the end of <body>, so the form is drawn by DOMContentLoaded's end.
      const openMs = await page.evaluate(
        () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      );
      const toOpen = calls.length;
      await page.fill('#f-summary', '重要顧客Aからの発注が突然キャンセルされました。');
      await page.selectOption('#f-impact', 'high');
      await page.selectOption('#f-urgency', 'high');
      const submitted = performance.now();
      await page.click('#submit');
      await page.locator('#result p').first().waitFor();
      const submitMs = performance.now() - submitted;
      const saved = await page.locator('#result p').first().innerText();
      return [
        `| measure | value |`,
        `|---|---|`,
        `| dist/Sidebar.html size (self-contained: script and CSS inline) | ${(statSync(join(dist, 'Sidebar.html')).size / 1024).toFixed(1)} KB |`,
        `| server round trips to open (google.script.run calls) | ${toOpen} |`,
        `| server round trips to submit | ${calls.length - toOpen} (${saved}) |`,
        `| requests beyond the page itself | ${externalRequests.length} |`,
        `| navigation to form drawn, in the page (no Apps Script latency) | ${openMs.toFixed(0)} ms |`,
        `| click to result shown, via the bridge to the bundle in node:vm | ${submitMs.toFixed(0)} ms |`,
      ];
    } finally {
      await browser.close();
    }
  },
};
