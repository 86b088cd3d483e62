/**
 * Agent words and the CAMEO sector codes they add to a country ("Russian troops" RUSMIL, "North
 * Korean officials" PRKGOV). Facts from the CAMEO actor codebook's sector list, written as a table.
 */
export const AGENT_WORDS: Readonly<Record<string, string>> = {
  government: 'GOV', governments: 'GOV', official: 'GOV', officials: 'GOV', authorities: 'GOV',
  minister: 'GOV', ministers: 'GOV', ministry: 'GOV', leader: 'GOV', leaders: 'GOV', president: 'GOV',
  premier: 'GOV', diplomat: 'GOV', diplomats: 'GOV', envoy: 'GOV', envoys: 'GOV', ambassador: 'GOV',
  delegation: 'GOV', administration: 'GOV', regime: 'GOV', cabinet: 'GOV', spokesman: 'GOV', spokeswoman: 'GOV',
  negotiator: 'GOV', negotiators: 'GOV', state: 'GOV', chancellor: 'GOV', secretary: 'GOV',
  troops: 'MIL', soldiers: 'MIL', soldier: 'MIL', army: 'MIL', forces: 'MIL', military: 'MIL', navy: 'MIL',
  militaries: 'MIL', jets: 'MIL', warplanes: 'MIL', aircraft: 'MIL', helicopters: 'MIL', tanks: 'MIL',
  artillery: 'MIL', gunboats: 'MIL', warships: 'MIL', commander: 'MIL', commanders: 'MIL', general: 'MIL',
  police: 'COP', policemen: 'COP', officers: 'COP', 'riot-police': 'COP',
  rebels: 'REB', rebel: 'REB', guerrillas: 'REB', guerrilla: 'REB', insurgents: 'REB', separatists: 'REB',
  militants: 'UAF', gunmen: 'UAF', militia: 'UAF', militias: 'UAF', fighters: 'UAF',
  opposition: 'OPP', dissidents: 'OPP', protesters: 'OPP', demonstrators: 'OPP', activists: 'OPP',
  parliament: 'LEG', lawmakers: 'LEG', legislators: 'LEG', congress: 'LEG', senate: 'LEG', deputies: 'LEG', mps: 'LEG',
  court: 'JUD', courts: 'JUD', judge: 'JUD', judges: 'JUD', prosecutors: 'JUD', prosecutor: 'JUD',
  students: 'EDU', teachers: 'EDU', workers: 'LAB', unions: 'LAB', union: 'LAB', miners: 'LAB',
  businesses: 'BUS', companies: 'BUS', company: 'BUS', firms: 'BUS', media: 'MED', journalists: 'MED',
  newspaper: 'MED', refugees: 'REF', farmers: 'AGR', landowners: 'AGR', civilians: 'CVL', people: 'CVL',
  residents: 'CVL', villagers: 'CVL', citizens: 'CVL', prisoners: 'CVL', prisoner: 'CVL', national: 'CVL',
  nationals: 'CVL', party: 'PTY', parties: 'PTY', peacekeepers: 'MIL', inspectors: 'GOV', observers: 'GOV',
  citizen: 'CVL', hackers: 'MIL', crowd: 'CVL', crowds: 'CVL', mob: 'CVL',
  // A head of state who reigns ("the king agreed to pardon him") is the government, as CAMEO codes it.
  king: 'GOV', queen: 'GOV', monarch: 'GOV', sultan: 'GOV', emir: 'GOV',
};

/** The sector code an agent word adds, if it is one. */
export function agentCode(word: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(AGENT_WORDS, word) ? AGENT_WORDS[word] : undefined;
}
