import { Link } from 'wouter';
import {
  ATTENTION_SHARE_WARNING,
  BEFORE_AFTER_DIFFERENCE,
  DEFAULT_BEFORE_AFTER_WEEKS,
  HALF_LIFE_DAYS,
  MIN_OBSERVATIONS_EACH_SIDE,
  MIN_TREND_DAYS,
  MIN_TREND_OBSERVATIONS,
  MIN_TREND_SPAN_DAYS,
  ONE_SOURCE_MIN_OBSERVATIONS,
  TREND_CHANGE_PER_QUARTER,
  VERDICT_VALUES,
  VERDICT_WEIGHT,
} from '../../shared/domain/progress';

/**
 * How every level, trend, verdict and before/after figure is worked out, in words, from the same
 * constants the code uses (docs/progress.md says the same for contributors).
 */
export function RulesPage() {
  return (
    <section className="screen rules-page" aria-labelledby="screen-title">
      <Link href="/progress" className="back-link">
        ← Progress
      </Link>
      <header className="screen-header">
        <h1 id="screen-title">How progress is measured</h1>
      </header>
      <p className="subtitle">
        Every figure comes from observations you or the rep’s managers recorded, and always says how many it
        rests on. These numbers are there to direct coaching, not to decide anyone’s employment.
      </p>
      <h2>Points on the chart</h2>
      <ul>
        <li>
          Every observation of the behaviour is a point, from every source: call reviews, notes, one-to-ones
          and ad-hoc observations. Marker and colour show the source.
        </li>
        <li>
          A rubric level (1 not yet, 2 developing, 3 consistent, 4 role model) sits at its level. A strength
          sits at {VERDICT_VALUES.strength} and a gap at {VERDICT_VALUES.gap}: they say which half of the
          scale, not where in it, so they count {VERDICT_WEIGHT * 100}% as much as a level.
        </li>
        <li>
          A bigger point counts more in today’s estimate: it is newer, or it is a level rather than a strength
          or gap.
        </li>
      </ul>
      <h2>Current level</h2>
      <ul>
        <li>
          The current level is the weighted mean of every observation. Each one’s weight halves every{' '}
          {HALF_LIFE_DAYS} days, so an observation from {HALF_LIFE_DAYS} days ago counts half as much as one
          from today.
        </li>
        <li>
          It always comes with the number of observations behind it and the date of the last one. With no
          observation there is no level.
        </li>
        <li>It changes only when new evidence arrives, not because time passes.</li>
        <li>The smoothed line is the level as it stood on each day with an observation.</li>
      </ul>
      <h2>Improving, steady, declining or not enough evidence</h2>
      <ul>
        <li>
          The verdict looks at the last six months. It needs at least {MIN_TREND_OBSERVATIONS} observations on{' '}
          {MIN_TREND_DAYS} different days, spanning {MIN_TREND_SPAN_DAYS} days or more; with less, it says
          “not enough evidence” and why.
        </li>
        <li>
          A straight line is fitted through those observations. If it rises or falls by at least{' '}
          {TREND_CHANGE_PER_QUARTER} of a level per quarter, and the change is larger than its uncertainty,
          the behaviour is improving or declining. A smaller change is steady. A large change that the scatter
          of the observations makes uncertain is “not enough evidence”.
        </li>
      </ul>
      <h2>Development goals</h2>
      <ul>
        <li>
          A goal is a target level on one behaviour by a date. Its starting level is the estimate on the day
          it was set.
        </li>
        <li>
          Reached: the estimate meets the target, with at least one observation since the goal was set. No
          evidence yet: nothing observed since. Overdue: the date has passed. Otherwise on track when the
          estimate is at least where a straight path from the starting level to the target would be today, and
          behind when it is not.
        </li>
      </ul>
      <h2>Did coaching work?</h2>
      <ul>
        <li>
          A focus period starts at the held one-to-one that first puts a behaviour in focus; keeping it in
          focus at the next meetings continues the same period.
        </li>
        <li>
          The level in the {DEFAULT_BEFORE_AFTER_WEEKS} weeks before (the day itself included) is compared
          with the {DEFAULT_BEFORE_AFTER_WEEKS} weeks after; you can change the number of weeks. Levels here
          are plain averages, not weighted by age.
        </li>
        <li>
          Each side needs at least {MIN_OBSERVATIONS_EACH_SIDE} observations, otherwise the period has too
          little evidence to tell. A difference of {BEFORE_AFTER_DIFFERENCE} of a level or more counts as
          higher or lower; less is about the same. A period whose weeks after have not ended yet is still in
          progress.
        </li>
      </ul>
      <h2>Coverage warnings</h2>
      <ul>
        <li>
          A rep who gets more than {ATTENTION_SHARE_WARNING * 100}% of all observations in the last 90 days,
          in a team of three or more.
        </li>
        <li>A rep with no observations in the last 90 days.</li>
        <li>
          A rep with {ONE_SOURCE_MIN_OBSERVATIONS} or more observations that all come from one kind of source.
        </li>
        <li>Commitments kept: done ÷ (due − dropped) per quarter, counted once their due date has come.</li>
      </ul>
    </section>
  );
}
