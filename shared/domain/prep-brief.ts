/**
 * The talking point "Add to agenda" makes from a focus suggestion. The agenda is shared with the rep
 * (screen, export, print), so it names the behaviour only: the suggestion's reason ("gap observed 2
 * times in 6 weeks…") is the manager's reading of the evidence and stays in the prep brief.
 */
export function agendaPointForSuggestion(suggestion: { name: string }): string {
  return `Focus: ${suggestion.name}`;
}
