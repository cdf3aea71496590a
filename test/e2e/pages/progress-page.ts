import type { Locator, Page } from '@playwright/test';

/** A rep's Progress tab and the team Progress screen, as a manager reads them. */
export class ProgressPage {
  constructor(readonly page: Page) {}

  async openRep(openUrl: string, name: string): Promise<void> {
    await this.page.goto(openUrl);
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Team' }).click();
    await this.page
      .getByRole('table', { name: 'Team members' })
      .getByRole('link', { name, exact: true })
      .click();
    await this.page
      .getByRole('navigation', { name: `About ${name}` })
      .getByRole('link', { name: 'Progress' })
      .click();
    await this.page
      .getByText(/observed or with a goal|No observations of/)
      .first()
      .waitFor();
  }

  async openTeam(openUrl: string): Promise<void> {
    await this.page.goto(openUrl);
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Progress' })
      .click();
    await this.page.getByRole('heading', { level: 2, name: 'Current levels' }).waitFor();
  }

  /** One behaviour's card, found by its name. */
  card(behaviour: string): Locator {
    return this.page.getByRole('article', { name: behaviour });
  }

  heatMap(): Locator {
    return this.page.getByRole('table', { name: /Current level of each rep/ });
  }
}
