/**
 * The package's elements, from the build's manifest (custom-elements.json: one element per
 * folder under src/), so that every test that covers "every element" covers a new one too.
 * test/coverage.test.ts checks the manifest against the folders themselves.
 */

export interface PackageElement {
  readonly tag: string;
  /** The values of its `set` attribute (which list it shows), or none. */
  readonly sets: readonly string[];
  /** Whether it is a form control (it has `checkValidity`). */
  readonly formControl: boolean;
  /** The names of its attributes. */
  readonly attributes: readonly string[];
  /** The space a page holds for it until it is defined (its `@reserve` JSDoc), if given. */
  readonly reservedBlockSize?: string;
}

interface Manifest {
  modules: {
    declarations?: {
      tagName?: string;
      attributes?: { name: string; type?: { text: string } }[];
      members?: { name: string }[];
      reservedBlockSize?: string;
    }[];
  }[];
}

let elements: Promise<readonly PackageElement[]> | undefined;

/** Every element of the manifest, by tag. */
export function packageElements(): Promise<readonly PackageElement[]> {
  elements ??= fetch('/custom-elements.json')
    .then((response) => response.json() as Promise<Manifest>)
    .then((manifest) =>
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName)
        .map((declaration) => ({
          tag: declaration.tagName!,
          sets: [...(declaration.attributes?.find((attribute) => attribute.name === 'set')?.type?.text.matchAll(/"([^"]+)"/g) ?? [])].map(
            (match) => match[1],
          ),
          formControl: (declaration.members ?? []).some((member) => member.name === 'checkValidity'),
          attributes: (declaration.attributes ?? []).map((attribute) => attribute.name),
          reservedBlockSize: declaration.reservedBlockSize,
        })),
    );
  return elements;
}

/** The folders under src/ that hold an element (`src/<name>/relief-<name>.ts`), read by the test server. */
export async function elementFolders(): Promise<string[]> {
  return (await fetch('/test/element-folders.json')).json() as Promise<string[]>;
}

type Instance = readonly [tag: string, attributes?: string];
const markup = (instances: readonly Instance[]) =>
  instances.map(([tag, attributes = '']) => `<${tag}${attributes ? ` ${attributes}` : ''}></${tag}>`).join('\n');

/** Markup of every element of the manifest not in `except`: one instance per list it can show (`set`), or one. */
export async function otherElementsMarkup(except: Iterable<string>): Promise<string> {
  const named = new Set(except);
  const instances = (await packageElements())
    .filter(({ tag }) => !named.has(tag))
    .flatMap(({ tag, sets }): Instance[] => (sets.length ? sets.map((set): Instance => [tag, `set="${set}"`]) : [[tag]]));
  return markup(instances);
}

/**
 * Markup of one instance per element: first the `specific` instances, in their order (tag and
 * attributes, for what a test looks at by position), then every other element of the manifest.
 */
export async function everyElementMarkup(specific: readonly Instance[]): Promise<string> {
  return `${markup(specific)}\n${await otherElementsMarkup(specific.map(([tag]) => tag))}`;
}
