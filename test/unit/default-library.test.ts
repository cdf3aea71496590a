import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BEHAVIOURS,
  DEFAULT_COMPETENCIES,
  DEFAULT_LIBRARY_VERSION,
  DEFAULT_STAGES,
  METHODOLOGIES,
} from '../../shared/domain/default-library';

const KEBAB_TAIL = '[a-z0-9]+(?:-[a-z0-9]+)*';

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}

function countBy(keys: readonly string[], values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>(keys.map((key) => [key, 0]));
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

describe('default library: stages', () => {
  it('lists the nine sales stages in process order', () => {
    expect(DEFAULT_STAGES.map((stage) => stage.id)).toEqual([
      'stage-market-lead-identification',
      'stage-initial-contact-qualification',
      'stage-discovery-need-analysis',
      'stage-solution-fit-value-definition',
      'stage-proposal-demonstration',
      'stage-decision-process-stakeholder-alignment',
      'stage-negotiation-risk-resolution',
      'stage-closing-handover-implementation',
      'stage-after-sales-retention-growth',
    ]);
  });

  it('gives every stage a kebab-case id, a name and a description', () => {
    const idPattern = new RegExp(`^stage-${KEBAB_TAIL}$`);
    for (const stage of DEFAULT_STAGES) {
      expect(stage.id).toMatch(idPattern);
      expect(stage.name.trim()).not.toBe('');
      expect(stage.description.trim()).not.toBe('');
    }
    expect(duplicates(DEFAULT_STAGES.map((stage) => stage.name.toLowerCase()))).toEqual([]);
  });
});

describe('default library: competencies', () => {
  it('has between 8 and 11 competencies with unique ids and names', () => {
    expect(DEFAULT_COMPETENCIES.length).toBeGreaterThanOrEqual(8);
    expect(DEFAULT_COMPETENCIES.length).toBeLessThanOrEqual(11);
    expect(duplicates(DEFAULT_COMPETENCIES.map((comp) => comp.id))).toEqual([]);
    expect(duplicates(DEFAULT_COMPETENCIES.map((comp) => comp.name.toLowerCase()))).toEqual([]);
  });

  it('gives every competency a kebab-case id, a name and a description', () => {
    const idPattern = new RegExp(`^comp-${KEBAB_TAIL}$`);
    for (const comp of DEFAULT_COMPETENCIES) {
      expect(comp.id).toMatch(idPattern);
      expect(comp.name.trim()).not.toBe('');
      expect(comp.description.trim()).not.toBe('');
    }
  });

  it('covers the required competency areas', () => {
    const ids = DEFAULT_COMPETENCIES.map((comp) => comp.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'comp-prospecting-targeting',
        'comp-qualification',
        'comp-discovery-questioning',
        'comp-value-business-case',
        'comp-proposal-presentation',
        'comp-stakeholder-decision-process',
        'comp-negotiation-objections',
        'comp-closing-handover',
        'comp-account-growth',
        'comp-pipeline-forecasting-crm',
        'comp-ethics-trust',
      ]),
    );
  });
});

describe('default library: behaviours', () => {
  const stageIds = DEFAULT_STAGES.map((stage) => stage.id);
  const competencyIds = DEFAULT_COMPETENCIES.map((comp) => comp.id);

  it('has between 48 and 56 behaviours', () => {
    expect(DEFAULT_BEHAVIOURS.length).toBeGreaterThanOrEqual(48);
    expect(DEFAULT_BEHAVIOURS.length).toBeLessThanOrEqual(56);
  });

  it('uses unique, kebab-case ids prefixed bhv-', () => {
    const idPattern = new RegExp(`^bhv-${KEBAB_TAIL}$`);
    for (const behaviour of DEFAULT_BEHAVIOURS) expect(behaviour.id).toMatch(idPattern);
    expect(duplicates(DEFAULT_BEHAVIOURS.map((behaviour) => behaviour.id))).toEqual([]);
  });

  it('uses unique names (case-insensitive) of at most 60 characters', () => {
    expect(duplicates(DEFAULT_BEHAVIOURS.map((behaviour) => behaviour.name.trim().toLowerCase()))).toEqual(
      [],
    );
    for (const behaviour of DEFAULT_BEHAVIOURS) {
      expect(behaviour.name.trim(), behaviour.id).not.toBe('');
      expect(behaviour.name, behaviour.id).toBe(behaviour.name.trim());
      expect(behaviour.name.length, behaviour.id).toBeLessThanOrEqual(60);
    }
  });

  it('writes each definition as one sentence ending with a full stop', () => {
    for (const behaviour of DEFAULT_BEHAVIOURS) {
      const definition = behaviour.definition;
      expect(definition, behaviour.id).toBe(definition.trim());
      expect(definition, behaviour.id).toMatch(/^[A-Z]/);
      expect(definition.endsWith('.'), behaviour.id).toBe(true);
      expect(definition.endsWith('..'), behaviour.id).toBe(false);
      // No sentence break before the final full stop, and no line breaks.
      expect(definition.slice(0, -1), behaviour.id).not.toMatch(/[.!?]/);
      expect(definition, behaviour.id).not.toMatch(/\n/);
    }
  });

  it('points every competencyId at a known competency', () => {
    for (const behaviour of DEFAULT_BEHAVIOURS) {
      expect(competencyIds, behaviour.id).toContain(behaviour.competencyId);
    }
  });

  it('gives every behaviour at least one known, non-repeated stage', () => {
    for (const behaviour of DEFAULT_BEHAVIOURS) {
      expect(behaviour.stageIds.length, behaviour.id).toBeGreaterThanOrEqual(1);
      expect(duplicates(behaviour.stageIds), behaviour.id).toEqual([]);
      for (const stageId of behaviour.stageIds) expect(stageIds, behaviour.id).toContain(stageId);
    }
  });

  it('covers every stage with at least two behaviours', () => {
    const counts = countBy(
      stageIds,
      DEFAULT_BEHAVIOURS.flatMap((behaviour) => behaviour.stageIds),
    );
    for (const [stageId, count] of counts) expect(count, stageId).toBeGreaterThanOrEqual(2);
  });

  it('covers every competency with at least two behaviours', () => {
    const counts = countBy(
      competencyIds,
      DEFAULT_BEHAVIOURS.map((behaviour) => behaviour.competencyId),
    );
    for (const [competencyId, count] of counts) expect(count, competencyId).toBeGreaterThanOrEqual(2);
  });

  it('gives each rubric four non-empty, distinct levels', () => {
    for (const behaviour of DEFAULT_BEHAVIOURS) {
      expect(behaviour.rubric, behaviour.id).toHaveLength(4);
      for (const level of behaviour.rubric) {
        expect(level.trim(), behaviour.id).not.toBe('');
        expect(level, behaviour.id).toBe(level.trim());
      }
      expect(duplicates(behaviour.rubric.map((level) => level.toLowerCase())), behaviour.id).toEqual([]);
    }
  });

  it('does not reuse a rubric level across behaviours', () => {
    const levels = DEFAULT_BEHAVIOURS.flatMap((behaviour) =>
      behaviour.rubric.map((level) => level.toLowerCase()),
    );
    expect(duplicates(levels)).toEqual([]);
  });

  it('tags only known methodologies, without repeats', () => {
    for (const behaviour of DEFAULT_BEHAVIOURS) {
      expect(duplicates(behaviour.methodologies), behaviour.id).toEqual([]);
      for (const methodology of behaviour.methodologies) {
        expect(METHODOLOGIES, behaviour.id).toContain(methodology);
      }
    }
  });

  it('uses every methodology on at least two behaviours', () => {
    const counts = countBy(
      METHODOLOGIES,
      DEFAULT_BEHAVIOURS.flatMap((behaviour) => behaviour.methodologies),
    );
    for (const [methodology, count] of counts) expect(count, methodology).toBeGreaterThanOrEqual(2);
  });
});

describe('default library: metadata', () => {
  it('lists each methodology once', () => {
    expect(METHODOLOGIES.length).toBe(5);
    expect(duplicates(METHODOLOGIES)).toEqual([]);
  });

  it('has a positive integer version', () => {
    expect(Number.isInteger(DEFAULT_LIBRARY_VERSION)).toBe(true);
    expect(DEFAULT_LIBRARY_VERSION).toBeGreaterThanOrEqual(1);
  });
});
