import path from 'node:path';
import type { CallReview } from '../../shared/contract';
import { expect, test } from './fixtures';
import { useSharedServer } from './server';
import { api, isoDate } from './support/api';
import { openAt } from './support/open';

const shots = path.resolve(__dirname, '../../test-results/screenshots');

const VTT = `WEBVTT

00:00:01.000 --> 00:00:06.000
Ella Brooks: Thanks for the time. How are the store schedules working today?

00:00:06.500 --> 00:00:14.000
Karin Holt: The bottom ten stores are the ones with the messiest schedules.

00:00:14.500 --> 00:00:20.000
Karin Holt: Honestly, if you could do fifteen percent off we could sign this month.

00:00:20.500 --> 00:00:28.000
Ella Brooks: Let me check what we can do. Could we hold thirty minutes on Thursday at ten to go through it?

00:00:28.500 --> 00:00:31.000
Karin Holt: Thursday at ten works.
`;

test.describe('a call review reads the annotations and flags what matters (issue 13, items 9 and 10)', () => {
  // A call review with its scorecard, twice over: on a loaded machine that takes longer than 30 s.
  test.describe.configure({ mode: 'serial', timeout: 90_000 });
  const server = useSharedServer();
  let review: CallReview;
  let behaviourName: string;
  test.beforeAll(async () => {
    const s = server.current();
    const ella = await api(s, 'people.create', { name: 'Ella Brooks' });
    review = (await api(s, 'callReviews.create', {
      repId: ella.id,
      date: isoDate(-1),
      account: 'Holt Retail',
      callTypeId: 'call-discovery',
      participants: [
        { name: 'Ella Brooks', side: 'rep' },
        { name: 'Karin Holt', side: 'customer' },
      ],
      transcript: {
        preparedId: (
          await api(s, 'transcripts.prepare', {
            fileName: 'holt.vtt',
            contentBase64: Buffer.from(VTT).toString('base64'),
          })
        ).preparedId,
      },
      speakerMap: [
        { speaker: 'Ella Brooks', participant: 0 },
        { speaker: 'Karin Holt', participant: 1 },
      ],
    } as never)) as CallReview;
    const line = review.scorecard.lines[0]!;
    behaviourName = line.behaviourName;
    for (const [segment, level] of [
      [0, 1],
      [3, 2],
    ] as const) {
      await api(s, 'callReviews.annotate', {
        callReviewId: review.id,
        anchor: { startSegment: segment, startOffset: 0, endSegment: segment, endOffset: 10 },
        annotationType: 'missed-opportunity',
        behaviourId: line.behaviourId,
        level,
      });
    }
  });

  test('a scorecard line shows its annotations, suggests a level, and keeps "Why?" in sight', async ({
    page,
  }) => {
    // The access link first (it hands the page its token), then the call itself.
    await openAt(page, server.current(), `/calls/${review.id}`);
    await page.getByRole('tab', { name: /^Scorecard/ }).click();
    const line = page
      .getByRole('list', { name: 'Scorecard lines' })
      .getByRole('listitem')
      .filter({ hasText: behaviourName })
      .first();
    const annotations = line.getByRole('list', { name: `Annotations on ${behaviourName}` });
    await expect(annotations.getByRole('listitem')).toHaveCount(2);
    await expect(annotations).toContainText('level 1');
    await line.getByRole('button', { name: /^Use 2 · Developing/ }).click();
    await expect(line.getByRole('radio', { name: '2 · Developing' })).toBeChecked();
    await page.getByRole('button', { name: 'Submit scorecard' }).click();
    const why = line.getByRole('textbox', { name: /Why\?/ });
    await expect(why).toBeFocused();
    await expect(line.getByText('Say why this is low')).toBeInViewport();
    await page.screenshot({ path: `${shots}/call-scorecard-annotations.png` });
    // The annotation leads to its passage.
    await annotations.getByRole('button').nth(1).click();
    await expect(page.locator('li[data-segment="3"]')).toBeInViewport();
  });

  test('moments flag the discount and the dated next step, not "schedules", and can be dismissed', async ({
    page,
  }) => {
    await openAt(page, server.current(), `/calls/${review.id}`);
    await page.getByRole('tab', { name: /^Moments/ }).click();
    const discounts = page.getByRole('list', { name: 'Discounts and concessions' });
    await expect(discounts).toContainText('fifteen percent off');
    const nextSteps = page.getByRole('list', { name: 'Next-step mentions' });
    await expect(nextSteps.getByRole('listitem')).toHaveCount(1);
    await expect(nextSteps).toContainText('hold thirty minutes on Thursday');
    await expect(nextSteps).not.toContainText('schedules');
    await page.screenshot({ path: `${shots}/call-moments.png` });

    await discounts.getByRole('button', { name: 'Dismiss this moment' }).click();
    await expect(page.getByRole('list', { name: 'Discounts and concessions' })).toHaveCount(0);
    await page.reload();
    await page.getByRole('tab', { name: /^Moments/ }).click();
    await expect(page.getByRole('list', { name: 'Discounts and concessions' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Show 1 dismissed moment' }).click();
    await page
      .getByRole('list', { name: 'Discounts and concessions' })
      .getByRole('button', { name: 'Restore this moment' })
      .click();
    await expect(page.getByRole('list', { name: 'Discounts and concessions' })).toContainText(
      'fifteen percent off',
    );
  });
});
