/** A small sandbox org file for fleet tests: `users` users, its state in the fleet's shared ../state/ folder. */
export const orgYaml = (name: string, users = 1): string => `version: 1
provider:
  type: sandbox
  endpoint: ../state/${name}.json
users:
${Array.from({ length: users }, (_, i) => `  - email: user${i}@${name}.example\n    name: User ${i}\n    extension: "${101 + i}"\n`).join('')}`;
