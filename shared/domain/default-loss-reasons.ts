/**
 * The loss-reason taxonomy a new workspace starts with (issue 15), ids fixed so demo data and imports
 * can name them. Written once by the core's seed; a manager edits it from there.
 */
export const DEFAULT_LOSS_REASONS: readonly { id: string; name: string; description: string }[] = [
  {
    id: 'loss-value-not-established',
    name: 'Value not established',
    description:
      'The buyer never agreed, in their own words, what the problem cost them or what solving it was worth.',
  },
  {
    id: 'loss-price',
    name: 'Price',
    description: 'The buyer said the price was the reason, with value established.',
  },
  {
    id: 'loss-no-urgency',
    name: 'No compelling event / urgency',
    description: 'Nothing made acting now better than acting later; the deal drifted.',
  },
  {
    id: 'loss-decision-process',
    name: 'Decision process not understood',
    description: 'Approvers, steps or criteria appeared late or were guessed rather than confirmed.',
  },
  {
    id: 'loss-no-access-to-power',
    name: 'Wrong stakeholder / no access to power',
    description: 'The deal was worked through someone who could not decide or secure the budget.',
  },
  {
    id: 'loss-champion-lost',
    name: 'Champion lost',
    description: 'The person selling for us inside left, moved or went quiet.',
  },
  {
    id: 'loss-poor-fit',
    name: 'Poor fit — should not have pursued',
    description: 'Qualification would have shown the customer was not a fit for what we offer.',
  },
  { id: 'loss-product-gap', name: 'Product gap', description: 'A capability the buyer needed was missing.' },
  {
    id: 'loss-delivery-risk',
    name: 'Delivery or implementation risk',
    description: 'The buyer doubted we could implement or deliver on time and with their resources.',
  },
  {
    id: 'loss-timing-budget',
    name: 'Timing / budget',
    description: 'The money or the moment was not there this year.',
  },
  {
    id: 'loss-competitor-relationship',
    name: 'Competitor relationship',
    description: 'An incumbent or competitor was trusted more, whatever the offer.',
  },
];
