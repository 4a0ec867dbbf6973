// Minimal "--name value" argument parsing shared by the harness scripts.
export function parseArgs(argv = process.argv.slice(2)) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    args[argv[i].replace(/^--/, '')] = argv[i + 1];
  }
  return args;
}

export function required(args, name) {
  if (!args[name]) {
    console.error(`missing --${name}`);
    process.exit(2);
  }
  return args[name];
}
