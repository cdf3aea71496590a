import type { Locator, Page } from '@playwright/test';

/** The Role-plays screens as a manager uses them: the library, the editor, a practice and its scores. */
export class RolePlaysPage {
  constructor(readonly page: Page) {}

  async open(openUrl: string): Promise<void> {
    await this.page.goto(openUrl);
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Role-plays' })
      .click();
    await this.page.getByRole('heading', { level: 1, name: 'Role-plays' }).waitFor();
  }

  beat(n: number): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^Beat ${n} `) });
  }

  rubricLine(n: number): Locator {
    return this.page.getByRole('group', { name: `Rubric line ${n}` });
  }

  customer(): Locator {
    return this.page.getByRole('group', { name: 'The customer' });
  }

  /** From a script's page: practise it with a rep, as the manager. */
  async startPractice(rep: string): Promise<void> {
    await this.page.getByRole('combobox', { name: /^Practise with/ }).selectOption({ label: rep });
    await this.page.getByRole('button', { name: 'Start practice' }).click();
    await this.page.getByRole('button', { name: /Reveal the model answer/ }).waitFor();
  }

  customerLine(): Locator {
    return this.page.locator('.customer-line');
  }

  /** On the scoring form: a level for one rubric behaviour. */
  async score(behaviour: string, level: number): Promise<void> {
    await this.page
      .getByRole('group', { name: behaviour })
      .getByRole('radio')
      .nth(level - 1)
      .check();
  }
}
