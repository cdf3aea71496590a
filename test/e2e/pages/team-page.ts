import type { Locator, Page } from '@playwright/test';

export interface PersonInput {
  name?: string;
  kind?: 'Rep' | 'Manager';
  role?: string;
  team?: string;
  manager?: string;
  region?: string;
  segment?: string;
  startDate?: string;
  email?: string;
}

/** The Team screen and the person form, as a user sees them. */
export class TeamPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Team' });
    this.table = page.getByRole('table', { name: 'Team members' });
    this.dialog = page.getByRole('dialog');
  }

  async open(openUrl: string): Promise<void> {
    await this.page.goto(openUrl);
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Team' }).click();
    await this.heading.waitFor();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async fillForm(person: PersonInput): Promise<void> {
    const d = this.dialog;
    if (person.name !== undefined) await d.getByLabel('Name').fill(person.name);
    if (person.kind) await d.getByRole('radio', { name: person.kind }).check();
    if (person.role !== undefined) await d.getByLabel('Role').fill(person.role);
    if (person.team !== undefined) await d.getByLabel('Team').fill(person.team);
    if (person.manager !== undefined)
      await d.getByRole('combobox', { name: 'Manager' }).selectOption({ label: person.manager });
    if (person.region !== undefined) await d.getByLabel('Region').fill(person.region);
    if (person.segment !== undefined) await d.getByLabel('Segment').fill(person.segment);
    if (person.startDate !== undefined) await d.getByLabel('Start date').fill(person.startDate);
    if (person.email !== undefined) await d.getByLabel('Email').fill(person.email);
  }

  async addPerson(person: PersonInput): Promise<void> {
    await this.page
      .getByRole('button', { name: /^Add (person|your first rep)$/ })
      .first()
      .click();
    await this.fillForm(person);
    await this.dialog.getByRole('button', { name: 'Add person' }).click();
    await this.page.getByRole('heading', { level: 1, name: person.name }).waitFor();
  }
}
