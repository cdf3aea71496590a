import { Mark, mergeAttributes } from '@tiptap/core';
import { BEHAVIOUR_TAG_MARK } from '../../shared/rich-text/behaviour-tags';

/**
 * A behaviour tag: a mark that holds only the id of its observation (everything else lives in the
 * observation row). `excludes: ''` lets tags of the same type overlap, each its own mark; `inclusive:
 * false` keeps typing at a tag's edge out of the tag, so the quoted evidence does not grow by accident.
 */
export const BehaviourTag = Mark.create({
  name: BEHAVIOUR_TAG_MARK,
  inclusive: false,
  excludes: '',

  addAttributes() {
    return {
      observationId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-observation-id'),
        renderHTML: (attributes) =>
          typeof attributes.observationId === 'string'
            ? { 'data-observation-id': attributes.observationId }
            : {},
      },
    };
  },

  parseHTML() {
    return [{ tag: 'mark[data-observation-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['mark', mergeAttributes({ class: 'behaviour-tag' }, HTMLAttributes), 0];
  },
});
