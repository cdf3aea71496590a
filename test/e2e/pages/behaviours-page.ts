import type { Locator, Page } from '@playwright/test';

export interface BehaviourInput {
  name?: string;
  definition?: string;
  competency?: string;
  stages?: string[];
  methodologies?: string[];
  /** Levels 1 to 4; undefined leaves a level as it is. */
  rubric?: (string | undefined)[];
}

export const LEVEL_LABELS = [
  'Level 1 — Not yet',
  'Level 2 — Developing',
  'Level 3 — Consistent',
  'Level 4 — Role model',
];

/** The Behaviours screen, its behaviour form and its dialogs, as a manager sees them. */
export class BehavioursPage {
  readonly heading: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Behaviours' });
    this.dialog = page.getByRole('dialog');
  }

  async open(openUrl: string): Promise<void> {
    await this.page.goto(openUrl);
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Behaviours' })
      .click();
    await this.heading.waitFor();
  }

  /** A competency's group of behaviours. */
  group(competency: string): Locator {
    return this.page.getByRole('region', { name: competency, exact: true });
  }

  /** The names in a group, in the order shown. */
  names(competency: string): Locator {
    return this.group(competency).getByRole('link');
  }

  row(name: string): Locator {
    return this.page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search behaviours' }).fill(text);
  }

  async fillForm(behaviour: BehaviourInput): Promise<void> {
    const d = this.dialog;
    if (behaviour.name !== undefined)
      await d.getByRole('textbox', { name: 'Name', exact: true }).fill(behaviour.name);
    if (behaviour.definition !== undefined)
      await d.getByRole('textbox', { name: 'Definition', exact: true }).fill(behaviour.definition);
    if (behaviour.competency !== undefined)
      await d.getByRole('combobox', { name: 'Competency' }).selectOption({ label: behaviour.competency });
    for (const stage of behaviour.stages ?? [])
      await d
        .getByRole('group', { name: /^Stages/ })
        .getByRole('checkbox', { name: stage })
        .check();
    for (const m of behaviour.methodologies ?? [])
      await d.getByRole('group', { name: 'Methodologies' }).getByRole('checkbox', { name: m }).check();
    for (const [index, text] of (behaviour.rubric ?? []).entries()) {
      if (text !== undefined) await d.getByLabel(LEVEL_LABELS[index]!).fill(text);
    }
  }

  async addBehaviour(behaviour: BehaviourInput): Promise<void> {
    await this.page
      .getByRole('button', { name: /^Add (behaviour|your first behaviour)$/ })
      .first()
      .click();
    await this.fillForm(behaviour);
    await this.dialog.getByRole('button', { name: 'Add behaviour' }).click();
    await this.page.getByRole('heading', { level: 1, name: behaviour.name }).waitFor();
  }

  /** Chooses a file for "Import library…" through the file chooser the button opens. */
  async importFile(file: { name: string; buffer: Buffer } | string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import library…' }).click();
    const files =
      typeof file === 'string'
        ? file
        : { name: file.name, mimeType: 'application/json', buffer: file.buffer };
    await (await chooser).setFiles(files);
  }
}
