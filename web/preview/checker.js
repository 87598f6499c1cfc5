// The checks of `helpkb validate`, compiled to WebAssembly (help-content-check),
// run in the page: the preview reports exactly what the command line would.
const MODULE_URL = '/dist/preview/help-content-check.mjs';

let instance = null;

async function load() {
  if (!instance) {
    instance = import(MODULE_URL).then((module) => module.default());
    instance.catch(() => { instance = null; });  // a later call may try again
  }
  return instance;
}

// Passes a string to the module through its heap (not its stack: a
// knowledge base can be megabytes) and reads the answer back.
function call(module, name, argument) {
  const size = module.lengthBytesUTF8(argument) + 1;
  const pointer = module._malloc(size);
  try {
    module.stringToUTF8(argument, pointer, size);
    return module.UTF8ToString(module[name](pointer));
  } finally {
    module._free(pointer);
  }
}

// `files`: [{name, text} or {name, bytes}] (see content-files.js).
// Resolves to [{file, line, column, pointer, severity, message, hint}].
export async function checkFiles(files) {
  const module = await load();
  return JSON.parse(call(module, '_hw_check_content', JSON.stringify(files)));
}

// The schema file names this build checks against.
export async function knownSchemas() {
  const module = await load();
  return JSON.parse(module.UTF8ToString(module._hw_known_schemas()));
}
