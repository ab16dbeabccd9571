import type { Page } from "@playwright/test";
import { expect } from "./test";
import { PAGE_SIZE } from "../../../lib/core/pagination";

// Issue 17, item 5, in the journeys: the person a step waits for finds it in their notification list
// and opens the record from there, as they would after the mail.

/**
 * On `page` (signed in as the person told), finds the unread notice whose text contains `text` in the
 * notification list — newest first, looking through the first few pages, since the specs running
 * beside this one tell the demo accounts of their own steps — and opens it: the record's page.
 */
export async function openNotification(page: Page, text: string): Promise<void> {
  for (let n = 1; n <= 5; n++) {
    await page.goto(`/portal/notifications${n > 1 ? `?page=${n}` : ""}`);
    const item = page.locator('[data-testid="notification"][data-unread="true"]').filter({ hasText: text });
    if ((await item.count()) > 0) {
      await item.first().getByTestId("notification-open").click();
      await expect(page).not.toHaveURL(/\/portal\/notifications/);
      return;
    }
    if ((await page.getByTestId("notification").count()) < PAGE_SIZE) break;
  }
  throw new Error(`No unread notification containing “${text}” in the list of ${page.url()}`);
}
