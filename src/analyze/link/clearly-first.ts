/**
 * The test the link stage's several readings of "the country the story is about" share: of
 * countries ranked by how often the article names them, the first, when it is named at least `min`
 * times and at least twice as often as the second.
 */
export function clearlyFirst(ranked: ReadonlyArray<readonly [string, number]>, min: number): string | undefined {
  const [top, second] = ranked;
  return top && top[1] >= min && (!second || top[1] >= 2 * second[1]) ? top[0] : undefined;
}
