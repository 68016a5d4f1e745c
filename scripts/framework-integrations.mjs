/**
 * Framework integrations generated from the Custom Elements Manifest, never
 * written by hand per element: a plugin of `npm run analyze` (so part of
 * `npm run build`), or `node scripts/framework-integrations.mjs` to regenerate
 * them from an existing custom-elements.json.
 *
 * Writes into dist/:
 * - frameworks/elements.d.ts: each element's own attributes, properties and
 *   events as TypeScript, shared by the files below;
 * - frameworks/react-jsx.d.ts: React 19 `JSX.IntrinsicElements` (React's own
 *   HTML attributes and `ref` plus the element's attributes and
 *   `onrelief-change`-style event props, typed once: `CustomEvent<{ value }>`);
 * - frameworks/preact-jsx.d.ts: the same for Preact;
 * - frameworks/vue.d.ts: Vue's `GlobalComponents`, so vue-tsc checks the tags;
 * - frameworks/svelte.d.ts: `svelte/elements` `SvelteHTMLElements`;
 * - react/index.js + index.d.ts: React components made with @lit/react's
 *   `createComponent` (`onReliefChange`), a 'use client' module for Next.js.
 *
 * What goes in a framework's props, from the manifest: the attributes (under
 * their attribute names, as every framework can write them as HTML), the
 * writable properties that have no attribute, and the events. Read-only members
 * (`validity`, `validationMessage`, `willValidate`), methods, static members and
 * members typed as an element (the form owner `form`, which a page sets with the
 * id of a `<form>`) are not props; the last are written as their id.
 *
 * Why not the maintained generators (weighed 2026-12, on this manifest, with `npm run
 * test:frameworks` and the SvelteKit example's svelte-check): custom-element-vuejs-integration
 * 1.4.0 and custom-element-svelte-integration 1.2.0 type events as `CustomEvent<CustomEvent<{
 * value }>>`, offer `validity` and an `HTMLFormElement` `form` as props, and take `value` from the
 * attribute (the checklist's `string[]` and a `string` pain type rejected); Vue keys are kebab-case,
 * which vue-tsc does not match (`:heading-level="{}"` passes), and Svelte has `on:relief-change`
 * only (the example's `onrelief-change` fails svelte-check). @wc-toolkit/react-wrappers 1.0.0
 * names event types that do not exist (`CustomEventReliefPainSelectorReliefChangeEvent`) and
 * extends `AllHTMLAttributes` incompatibly (custom-element-react-wrappers 1.7.3 wraps the event
 * twice); both offer `validity` and the element `form` as props and have no 'use client'.
 * @wc-toolkit/jsx-types 1.8.2 is close: with these rules fed through its `typesSrc` option (its
 * own CEM types leave `Value` unresolved, its class types lose the `set` union) the React and
 * Preact checks pass, but its props are one framework-neutral set, not React's or Preact's:
 * `ref={useRef(…)}`, `suppressHydrationWarning` and `inert` are rejected and `onClick`'s
 * `currentTarget` is `EventTarget | null`. It would replace about 10 lines of ours with a
 * dependency (5 packages) and an 84 KB declaration file, so the generator stays.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const HEADER = '// Generated from custom-elements.json by scripts/framework-integrations.mjs. Do not edit.\n';

/** `relief-change` → `ReliefChange`; `heading-level` → `headingLevel` (with `upper`: `HeadingLevel`). */
const camel = (name, upper = false) => {
  const text = name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
  return upper ? text[0].toUpperCase() + text.slice(1) : text;
};
/** A property key as TypeScript writes it. */
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
/** A JSDoc block from a manifest description. */
const doc = (text, indent = '  ') =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ').trim()} */\n` : '';
/** The event's TypeScript type: the manifest's `CustomEvent<…>` as it is, a bare detail type wrapped once. */
const eventType = (text) => {
  const type = text?.trim();
  if (!type) return 'CustomEvent';
  return /^(Custom)?Event\b/.test(type) || /Event$/.test(type) ? type : `CustomEvent<${type}>`;
};
/**
 * The manifest's type of a member when it stands on its own (primitives, string literals, `Date`,
 * arrays of those): it keeps what the JSDoc narrowed (`set`: a union of names), which the class's
 * own declaration may not. Otherwise (a type parameter such as `Value`) the class's declaration.
 */
const SELF_CONTAINED = new Set(['string', 'number', 'boolean', 'null', 'undefined', 'readonly', 'Date', 'unknown']);
const memberType = (member, El) => {
  const text = member?.type?.text;
  if (!text) return `${El}[${JSON.stringify(member.name)}]`;
  const words = text.replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '').match(/[A-Za-z_$][\w$]*/g) ?? [];
  return words.every((word) => SELF_CONTAINED.has(word)) ? text : `${El}[${JSON.stringify(member.name)}]`;
};
/** The members of a union type's text, split at its top level: `A | B<C | D>` → `A`, `B<C | D>`. */
const splitUnion = (text) => {
  const parts = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if ('<({['.includes(char)) depth++;
    else if ('>)}]'.includes(char)) depth--;
    else if (char === '|' && depth === 0) {
      parts.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter(Boolean);
};
/** A member typed as an element (`HTMLFormElement | null`) is a relation the page writes as an id. */
const isElementRelation = (member) => /\bHTML\w*Element\b/.test(member.type?.text ?? '');

/** The elements the manifest registers, with what every framework needs of them. */
export function elementsOf(manifest) {
  const declarations = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) declarations.set(`${module.path}#${declaration.name}`, declaration);
  }
  const elements = [];
  for (const module of manifest.modules) {
    for (const entry of module.exports ?? []) {
      if (entry.kind !== 'custom-element-definition') continue;
      const declaration = declarations.get(`${entry.declaration.module}#${entry.declaration.name}`);
      if (!declaration) throw new Error(`${entry.name}: no declaration ${entry.declaration.name} in ${entry.declaration.module}`);
      const attributes = declaration.attributes ?? [];
      const attributeFields = new Set(attributes.map((attribute) => attribute.fieldName).filter(Boolean));
      const events = (declaration.events ?? [])
        .filter((event) => event.name)
        .map((event) => ({ name: event.name, type: eventType(event.type?.text), description: event.description }));
      const members = (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.static);
      const writable = members.filter((member) => !member.readonly);
      elements.push({
        tag: entry.name,
        className: declaration.name,
        description: declaration.summary ?? declaration.description?.split('\n\n')[0],
        classModule: entry.declaration.module,
        registrationModule: module.path,
        attributes: attributes.map((attribute) => ({
          name: attribute.name,
          field: attribute.fieldName,
          type: attribute.type?.text ?? 'string',
          fieldType: attribute.fieldName
            ? memberType(members.find((member) => member.name === attribute.fieldName) ?? { name: attribute.fieldName }, declaration.name)
            : undefined,
          description: attribute.description,
        })),
        // Writable properties without an attribute (`today`), and relations written as ids (`form`).
        properties: writable
          .filter((member) => !attributeFields.has(member.name))
          .map((member) => ({
            name: member.name,
            type: isElementRelation(member) ? 'string' : memberType(member, declaration.name),
            description: isElementRelation(member) ? `${member.description ?? ''} The id of a \`<form>\`.`.trim() : member.description,
          })),
        events,
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The TypeScript of dist/frameworks/elements.d.ts. */
function elementsDts(elements, fromDir) {
  const importPath = (module) => {
    const path = posix.relative(fromDir, module);
    return path.startsWith('.') ? path : `./${path}`;
  };
  let out = `${HEADER}/**
 * Each relief element's own attributes, properties and events, from the manifest,
 * for the framework integrations beside this file.
 */
`;
  for (const element of elements) {
    out += `import type { ${element.className} } from ${JSON.stringify(importPath(element.classModule))};\n`;
  }
  out += `\nexport type { ${elements.map((element) => element.className).join(', ')} };\n`;
  out += `
/** The \`detail\` of a \`CustomEvent\` type. */
type DetailOf<E> = E extends CustomEvent<infer D> ? D : never;
/** What an attribute carries: text, a number or a boolean (an object would become "[object Object]"). */
type AttributeValue<T> = Extract<T, string | number | boolean | null | undefined>;

`;
  for (const element of elements) {
    const El = element.className;
    // A value the element reports in its events can be handed back to it (a controlled component).
    const reported = (field) =>
      field === 'value' ? element.events.map((event) => `(DetailOf<${event.type}> extends { value: infer V } ? V : never)`) : [];
    const union = (types) => [...new Set(types.filter(Boolean).flatMap(splitUnion))].join(' | ');
    out += `/** \`<${element.tag}>\`: its attributes (by attribute name) and writable properties without an attribute. */\n`;
    out += `export interface ${El}Attributes {\n`;
    for (const attribute of element.attributes) {
      const type = union([attribute.type, attribute.fieldType, ...reported(attribute.field)]);
      // Frameworks set a prop as a property when the element has one of that name, else as an attribute.
      const viaAttribute = attribute.field !== attribute.name;
      out += doc(attribute.description);
      out += `  ${key(attribute.name)}?: ${viaAttribute ? `AttributeValue<${type}>` : type};\n`;
    }
    for (const property of element.properties) out += doc(property.description) + `  ${key(property.name)}?: ${property.type};\n`;
    out += `}\n\n`;
    out += `/** \`<${element.tag}>\` set through properties (the React components of relief-widgets/react): camelCase names. */\n`;
    out += `export interface ${El}Properties {\n`;
    for (const attribute of element.attributes) {
      // An attribute without a property is written under its camelCase name (as Vue does).
      const type = attribute.field
        ? union([attribute.fieldType, attribute.field === attribute.name && attribute.type, ...reported(attribute.field)])
        : `AttributeValue<${attribute.type}>`;
      out += doc(attribute.description) + `  ${key(attribute.field ?? camel(attribute.name))}?: ${type};\n`;
    }
    for (const property of element.properties) out += doc(property.description) + `  ${key(property.name)}?: ${property.type};\n`;
    out += `}\n\n`;
    out += `/** The events of \`<${element.tag}>\`, by name. */\n`;
    out += `export interface ${El}Events {\n`;
    for (const event of element.events) out += doc(event.description) + `  ${key(event.name)}: ${event.type};\n`;
    out += `}\n\n`;
  }
  out += `/** Every relief element, by tag. */\nexport interface ReliefElements {\n`;
  for (const element of elements) {
    out += `  ${key(element.tag)}: { element: ${element.className}; attributes: ${element.className}Attributes; properties: ${element.className}Properties; events: ${element.className}Events };\n`;
  }
  out += `}\n`;
  return out;
}

/** JSX for React and Preact: the framework's HTML attributes of the element, its own attributes, `on<event>` props. */
function jsxDts(elements, framework) {
  const react = framework === 'react';
  const base = react
    ? (El) => `Omit<React.HTMLAttributes<${El}>, keyof ${El}Attributes> & React.RefAttributes<${El}> & { key?: React.Key | null }`
    : (El) => `Omit<HTMLAttributes<${El}>, keyof ${El}Attributes> & { ref?: Ref<${El}> }`;
  const names = elements.flatMap((element) => [element.className, `${element.className}Attributes`, `${element.className}Events`]);
  let out = HEADER;
  out += react
    ? `/**
 * JSX types of the relief elements for React 19, which renders custom elements natively:
 * \`import type {} from 'relief-widgets/react'\` once. Events are \`on<event name>\` props
 * (\`onrelief-change\`), which React 19 adds as listeners on the client.
 */
import type * as React from 'react';
`
    : `/**
 * JSX types of the relief elements for Preact: \`import type {} from 'relief-widgets/preact'\` once.
 * Events are \`on<event name>\` props (\`onrelief-change\`).
 */
import type { HTMLAttributes, Ref } from 'preact';
`;
  out += `import type { ${names.join(', ')} } from './elements.js';\n\n`;
  out += `/** The JSX props of each relief element. */\nexport interface Relief${react ? 'React' : 'Preact'}IntrinsicElements {\n`;
  for (const element of elements) {
    const El = element.className;
    const events = element.events.map((event) => `${key(`on${event.name}`)}?: (event: ${El}Events[${JSON.stringify(event.name)}]) => void`);
    out += `  ${key(element.tag)}: ${base(El)} & ${El}Attributes${events.length ? ` & { ${events.join('; ')} }` : ''};\n`;
  }
  out += `}\n\n`;
  out += react
    ? `declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends ReliefReactIntrinsicElements {}
  }
}
`
    : `declare module 'preact' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends ReliefPreactIntrinsicElements {}
  }
}
`;
  return out;
}

/** Vue: `GlobalComponents`, so that vue-tsc checks the tags' props and `@event` handlers. */
function vueDts(elements) {
  const names = elements.flatMap((element) => [`${element.className}Properties`, `${element.className}Events`]);
  let out = `${HEADER}/**
 * Vue types of the relief elements: \`import type {} from 'relief-widgets/vue'\` once (or list
 * it in tsconfig \`types\`), and vue-tsc checks their attributes and \`:prop\` bindings (vue-tsc
 * reads \`heading-level\` as \`headingLevel\`), \`v-model\` and \`@relief-change\` handlers (\`$event\`
 * is the \`CustomEvent\`). The Vue compiler must still be told that the tags are custom elements
 * (\`compilerOptions.isCustomElement\`).
 */
import type { DefineComponent, HTMLAttributes } from 'vue';
import type { ${names.join(', ')} } from './elements.js';

/** The Vue components of the relief elements, by tag. */
export interface ReliefVueComponents {
`;
  for (const element of elements) {
    const El = element.className;
    const extra = element.events.map(
      (event) => `${key(`on${camel(event.name, true)}`)}?: (event: ${El}Events[${JSON.stringify(event.name)}]) => void`,
    );
    // v-model on a custom element binds \`value\` and listens to \`input\`; vue-tsc checks it as \`modelValue\`.
    if (element.attributes.some((attribute) => attribute.field === 'value')) extra.unshift(`modelValue?: ${El}Properties['value']`);
    out += `  ${key(element.tag)}: DefineComponent<${El}Properties${extra.length ? ` & { ${extra.join('; ')} }` : ''} & Omit<HTMLAttributes, keyof ${El}Properties>>;\n`;
  }
  out += `}

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends ReliefVueComponents {}
}
`;
  return out;
}

/** Svelte: `svelte/elements`, so that svelte-check knows the tags, their attributes and events. */
function svelteDts(elements) {
  const names = elements.flatMap((element) => [element.className, `${element.className}Attributes`, `${element.className}Events`]);
  let out = `${HEADER}/**
 * Svelte types of the relief elements: \`import type {} from 'relief-widgets/svelte'\` once (for
 * example in src/app.d.ts). Events are \`onrelief-change\` attributes (Svelte 5) or
 * \`on:relief-change\` directives.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { ${names.join(', ')} } from './elements.js';

/** An element's events as Svelte 5 \`on<event>\` attributes and \`on:<event>\` directives. */
type SvelteEventProps<Events> = {
  [Name in keyof Events as \`on\${Name & string}\` | \`on:\${Name & string}\`]?: (event: Events[Name]) => void;
};

/** The Svelte elements of relief-widgets, by tag. */
export interface ReliefSvelteElements {
`;
  for (const element of elements) {
    const El = element.className;
    out += `  ${key(element.tag)}: Omit<HTMLAttributes<${El}>, keyof ${El}Attributes> & ${El}Attributes & SvelteEventProps<${El}Events>;\n`;
  }
  out += `}

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SvelteHTMLElements extends ReliefSvelteElements {}
}
`;
  return out;
}

/** The React components (runtime), one per element, made with @lit/react. */
function reactJs(elements, fromDir) {
  const importPath = (module) => posix.relative(fromDir, module);
  let out = `'use client';
${HEADER}/**
 * React components of the relief elements, made with @lit/react: props are set as the
 * element's properties (after hydration too) and events are \`on<EventName>\` props
 * (\`onReliefChange\`). Importing this module registers the elements.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
`;
  for (const element of elements) {
    const path = importPath(element.registrationModule);
    out += `import { ${element.className} as ${element.className}Element } from ${JSON.stringify(path.startsWith('.') ? path : `./${path}`)};\n`;
  }
  for (const element of elements) {
    const events = element.events.map((event) => `${key(`on${camel(event.name, true)}`)}: ${JSON.stringify(event.name)}`);
    out += `
export const ${element.className} = createComponent({
  react: React,
  tagName: ${JSON.stringify(element.tag)},
  elementClass: ${element.className}Element,
  events: { ${events.join(', ')} },
  displayName: ${JSON.stringify(element.className)},
});
`;
  }
  return out;
}

function reactDts(elements, fromDir) {
  let out = `${HEADER}/**
 * React components of the relief elements (@lit/react), and, through the import below, the JSX
 * types of the tags themselves for React 19.
 */
import type * as React from 'react';
import '../frameworks/react-jsx.js';
`;
  // The registration modules' types: importing this module registers the tags (HTMLElementTagNameMap).
  for (const element of elements) {
    out += `import type { ${element.className} as ${element.className}Element } from ${JSON.stringify(posix.relative(fromDir, element.registrationModule))};\n`;
  }
  const shared = elements.flatMap((element) => [`${element.className}Attributes`, `${element.className}Properties`, `${element.className}Events`]);
  out += `import type { ${shared.join(', ')} } from '../frameworks/elements.js';

export type { ReliefReactIntrinsicElements } from '../frameworks/react-jsx.js';
export type { ${shared.join(', ')} };
`;
  for (const element of elements) {
    const El = element.className;
    const events = element.events.map(
      (event) => `${key(`on${camel(event.name, true)}`)}?: (event: ${El}Events[${JSON.stringify(event.name)}]) => void`,
    );
    out += `
/** Props of the React component \`<${El}>\` (\`<${element.tag}>\`). */
export type ${El}Props = Omit<React.HTMLAttributes<${El}Element>, keyof ${El}Properties${element.events.map((event) => ` | 'on${camel(event.name, true)}'`).join('')}> &
  ${El}Properties${events.length ? ` & { ${events.join('; ')} }` : ''} & { children?: React.ReactNode };
${doc(`\`<${element.tag}>\` as a React component.${element.description ? ` ${element.description}` : ''}`, '')}export declare const ${El}: React.ForwardRefExoticComponent<${El}Props & React.RefAttributes<${El}Element>>;
`;
  }
  return out;
}

/** Writes every integration into `outdir` (dist/). */
export function writeIntegrations(manifest, outdir) {
  const elements = elementsOf(manifest);
  if (elements.length === 0) throw new Error('framework integrations: the manifest registers no element');
  // Module paths in the manifest are the published ones (dist/esm/…), relative to the package root.
  const root = dirname(outdir);
  const rel = (path) => relative(root, path).split('\\').join('/');
  const frameworks = join(outdir, 'frameworks');
  const react = join(outdir, 'react');
  mkdirSync(frameworks, { recursive: true });
  mkdirSync(react, { recursive: true });
  writeFileSync(join(frameworks, 'elements.d.ts'), elementsDts(elements, rel(frameworks)));
  writeFileSync(join(frameworks, 'react-jsx.d.ts'), jsxDts(elements, 'react'));
  writeFileSync(join(frameworks, 'preact-jsx.d.ts'), jsxDts(elements, 'preact'));
  writeFileSync(join(frameworks, 'vue.d.ts'), vueDts(elements));
  writeFileSync(join(frameworks, 'svelte.d.ts'), svelteDts(elements));
  writeFileSync(join(react, 'index.js'), reactJs(elements, rel(react)));
  writeFileSync(join(react, 'index.d.ts'), reactDts(elements, rel(react)));
  return elements;
}

/** The analyzer plugin: runs last, on the published module paths. */
export function frameworkIntegrationsPlugin({ outdir = 'dist' } = {}) {
  return {
    name: 'relief - framework integrations (React, Preact, Vue, Svelte)',
    packageLinkPhase({ customElementsManifest }) {
      writeIntegrations(customElementsManifest, join(process.cwd(), outdir));
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const elements = writeIntegrations(manifest, join(root, 'dist'));
  console.log(`framework integrations: ${elements.map((element) => element.tag).join(', ')}`);
}
