import type { Scenario } from './schema';

/**
 * A course scenario must never leave a learner stuck: every choice leads to a node that exists,
 * every node can be reached from the start, and from every node some path reaches an end (a node
 * with no choices). Loops are allowed (a choice may send her back to try again) as long as an end
 * stays reachable. Returns one plain message per problem, empty when the scenario is sound.
 */
export function scenarioProblems(scenario: Pick<Scenario, 'start' | 'nodes'>): string[] {
  const problems: string[] = [];
  const nodesById = new Map(scenario.nodes.map((node) => [node.id, node]));
  if (!nodesById.has(scenario.start)) problems.push(`start: node "${scenario.start}" does not exist`);
  for (const node of scenario.nodes) {
    for (const choice of node.choices) {
      if (!nodesById.has(choice.next)) problems.push(`node "${node.id}", choice "${choice.id}": leads to missing node "${choice.next}"`);
    }
  }
  if (!scenario.nodes.some((node) => node.choices.length === 0)) problems.push('the scenario has no end (a node with no choices)');
  if (problems.length > 0) return problems;

  const reachable = new Set<string>([scenario.start]);
  const queue = [scenario.start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const choice of nodesById.get(id)?.choices ?? []) {
      if (!reachable.has(choice.next)) {
        reachable.add(choice.next);
        queue.push(choice.next);
      }
    }
  }
  for (const node of scenario.nodes) if (!reachable.has(node.id)) problems.push(`node "${node.id}" cannot be reached from the start`);

  // Walk backwards from the ends: a node that never joins this set can only go round in circles.
  const endsReachable = new Set(scenario.nodes.filter((node) => node.choices.length === 0).map((node) => node.id));
  for (let grew = true; grew;) {
    grew = false;
    for (const node of scenario.nodes) {
      if (!endsReachable.has(node.id) && node.choices.some((choice) => endsReachable.has(choice.next))) {
        endsReachable.add(node.id);
        grew = true;
      }
    }
  }
  for (const node of scenario.nodes) if (!endsReachable.has(node.id)) problems.push(`node "${node.id}" never reaches an end`);
  return problems;
}
