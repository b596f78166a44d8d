import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall, login, logout, pickDateTime, SHOTS } from './browser.js';
import type { RunningServer } from './server.js';
import { useSuiteApp } from './suite.js';

const OWNER = { name: 'Olga Owner', email: 'olga@example.com', password: 'owner-password-1' };

let server: RunningServer;
let page: Page;

// The real scheduler runs the overdue scan: workers on, the scan's cron every 2 seconds.
/** The bell polls every 30 s; reloading asks at once. Waits for the bell to show `count` unread. */
const waitForUnread = (count: string) =>
  expect
    .poll(
      async () => {
        await page.reload();
        await page.getByTestId('bell').waitFor();
        return page.getByTestId('bell').getAttribute('data-unread');
      },
      { timeout: 60_000, interval: 2_000 },
    )
    .toBe(count);

describe('tasks and notifications in a real browser', () => {
  useSuiteApp(
    { owner: OWNER, env: { RAPPORT_WORKERS: 'on', RAPPORT_OVERDUE_SCAN_CRON: '*/2 * * * * *' } },
    (app) => ({ server, page } = app),
  );

  it('a task due in the past shows as overdue in My day', async () => {
    await page.getByTestId('nav-tasks').click();
    await page.getByTestId('tasks-page').waitFor();
    expect(await page.getByTestId('my-day-overdue-count').textContent()).toBe('0');
    await page.getByTestId('new-task').click();
    await page.getByTestId('task-title').fill('Call Pēteris back');
    await pickDateTime(page, page.getByTestId('task-due'), new Date(Date.now() - 24 * 3_600_000));
    await page.getByTestId('task-save').click();
    await expect.poll(() => page.getByTestId('my-day-overdue-count').textContent()).toBe('1');
    expect(await page.getByTestId('my-day-overdue').textContent()).toContain('Call Pēteris back');
    expect(await page.getByTestId('copy-ical').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/rapport-tasks-my-day.png` });
  });

  it('the bell shows the overdue notification after the scheduled scan; opening it marks it read', async () => {
    await waitForUnread('1');
    await page.getByTestId('bell').click();
    const item = page.getByTestId('notification-item').first();
    await item.waitFor();
    expect(await item.getAttribute('data-kind')).toBe('task.overdue');
    expect(await item.textContent()).toContain('Overdue: “Call Pēteris back” (Olga Owner)');
    await page.screenshot({ path: `${SHOTS}/rapport-tasks-bell.png` });
    await item.click();
    await page.waitForURL('**/tasks?task=*');
    // The link opens that task.
    await page.getByTestId('task-form').waitFor();
    expect(await page.getByTestId('task-title').inputValue()).toBe('Call Pēteris back');
    await expect.poll(() => page.getByTestId('bell').getAttribute('data-unread')).toBe('0');
    await page.keyboard.press('Escape');
    await page.getByTestId('task-form').waitFor({ state: 'hidden' });
    expect(page.url()).not.toContain('task=');
  });

  it('the e-mail copy of the notification waits in the sandbox outbox', async () => {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-tab-outbox').click();
    await page.getByTestId('outbox-page').waitFor();
    await expect.poll(() => page.getByTestId('outbox-page').textContent()).toContain('Sandbox');
    expect(await page.getByTestId('outbox-page').textContent()).toContain(OWNER.email);
  });

  it('a task due later today shows in Today, on the calendar and on the team board', async () => {
    await page.getByTestId('nav-tasks').click();
    await page.getByTestId('new-task').click();
    await page.getByTestId('task-title').fill('Prepare the offer');
    const soon = new Date(Date.now() + 5 * 60_000);
    const endOfDay = new Date(soon.getFullYear(), soon.getMonth(), soon.getDate(), 23, 59);
    const due = soon < endOfDay ? soon : endOfDay;
    await pickDateTime(page, page.getByTestId('task-due'), due);
    // Shown as the English page writes it: MM/DD/YYYY h:mm AM.
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(await page.getByTestId('task-due').textContent()).toBe(
      `${pad(due.getMonth() + 1)}/${pad(due.getDate())}/${due.getFullYear()} ${due.getHours() % 12 || 12}:${pad(due.getMinutes())} ${due.getHours() < 12 ? 'AM' : 'PM'}`,
    );
    await page.getByTestId('task-save').click();
    await expect.poll(() => page.getByTestId('my-day-today-count').textContent()).toBe('1');
    await page.getByTestId('tab-calendar').click();
    await expect.poll(() => page.getByTestId('task-calendar').textContent()).toContain('Prepare the offer');
    await page.getByTestId('tab-board').click();
    const board = page.getByTestId('team-board');
    await board.waitFor();
    expect(await board.textContent()).toContain(OWNER.name);
    expect(await board.getByTestId('task-item').count()).toBe(2);
    await page.screenshot({ path: `${SHOTS}/rapport-tasks-board.png` });
    await page.getByTestId('tab-my-day').click();
  });

  it('completing the task empties the overdue bucket', async () => {
    await page.getByTestId('nav-tasks').click();
    await page.getByTestId('task-complete').first().click();
    await expect.poll(() => page.getByTestId('my-day-overdue-count').textContent()).toBe('0');
  });

  it("a team lead's notification opens the member's overdue task, which is not in the lead's My day", async () => {
    const lead = await apiCall(page, 'POST', '/users', {
      name: 'Liene Lead',
      email: 'liene@example.com',
      password: 'lead-password-1',
      role: 'supervisor',
    });
    const agent = await apiCall(page, 'POST', '/users', {
      name: 'Aivars Agent',
      email: 'aivars@example.com',
      password: 'agent-password-1',
      role: 'agent',
    });
    await apiCall(page, 'POST', '/teams', { name: 'Field', leadId: lead.id, memberIds: [lead.id, agent.id] });
    const person = await apiCall(page, 'POST', '/people', { firstName: 'Jānis', lastName: 'Ozols' });
    await apiCall(page, 'POST', '/tasks', {
      title: 'Visit the Ozols farm',
      dueAt: Date.now() - 3_600_000,
      assigneeId: agent.id,
      related: { personId: person.id },
    });
    // The person's timeline reads the task as words, linked to the task, which the link opens.
    await page.goto(`${server.baseUrl}/customers/people/${person.id}`);
    const created = page.getByTestId('timeline-item-task.created');
    await created.waitFor();
    expect(await created.textContent()).toContain('Olga Owner created a task');
    expect(await created.textContent()).not.toContain('task.created');
    await created.getByTestId('timeline-link').click();
    await page.waitForURL('**/tasks?task=*');
    await page.getByTestId('task-form').waitFor();
    expect(await page.getByTestId('task-title').inputValue()).toBe('Visit the Ozols farm');
    // The related person reads as a name, not an id.
    await expect.poll(() => page.getByTestId('task-person').inputValue()).toBe('Jānis Ozols');
    await page.keyboard.press('Escape');
    await logout(page);
    await login(page, 'liene@example.com', 'lead-password-1');
    await waitForUnread('1');
    await page.getByTestId('bell').click();
    await page.getByTestId('notification-item').first().click();
    await page.waitForURL('**/tasks?task=*');
    await page.getByTestId('task-form').waitFor();
    expect(await page.getByTestId('task-title').inputValue()).toBe('Visit the Ozols farm');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('my-day-overdue').textContent()).not.toContain('Visit the Ozols farm');
    // The team board: the member's card names the person it is about (linked); the lead, with no open
    // tasks, still has a column.
    await page.getByTestId('tab-board').click();
    const board = page.getByTestId('team-board');
    await board.waitFor();
    const card = board.getByTestId('task-item').filter({ hasText: 'Visit the Ozols farm' });
    await expect.poll(() => card.getByTestId('task-person').textContent()).toContain('Jānis Ozols');
    expect(await card.getByTestId('task-person').getAttribute('href')).toBe(`/customers/people/${person.id}`);
    const own = board.locator(`[data-testid="team-board-column"][data-assignee="${lead.id}"]`);
    expect(await own.textContent()).toContain('No open tasks.');
    await page.screenshot({ path: `${SHOTS}/rapport-tasks-board-lead.png` });
  });
});
