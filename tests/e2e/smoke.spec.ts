import { expect, test } from '@playwright/test';

test('the home page of the production build has the report title', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toContainText('Cluster Atlas');
});
