import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { frameworkIntegrationsPlugin } from './scripts/framework-integrations.mjs';

/**
 * `npm run analyze` (part of `npm run build`): writes custom-elements.json, the
 * Custom Elements Manifest that Storybook's controls and docs tables, editors
 * and other tools read, and from it the editors' data in dist/
 * (vscode.html-custom-data.json, vscode.css-custom-data.json, web-types.json),
 * and the framework integrations (React/Preact JSX, React components, Vue and
 * Svelte types: scripts/framework-integrations.mjs).
 * All are build outputs (git-ignored).
 *
 * Besides the analyzer's own Lit support, small plugins fit it to this
 * project:
 * - tags are registered through `defineElement('relief-…', Class)` (the define
 *   guard in src/core/define.ts), not `customElements.define()`;
 * - a class-level `@attr {type} name - description` in JSDoc documents an
 *   attribute declared by a base class (`set`, `items`) or by a decorator
 *   (`value`), and narrows a plain `string` property to the union of its valid
 *   values: the analyzer's decorator and inheritance steps would put the
 *   code's type back, so the JSDoc is re-applied afterwards;
 * - a class-level `@reserve 22em` gives the space a page reserves for the element
 *   before it is defined (`reservedBlockSize`);
 * - private and protected members, `#private` ones, internals the platform or
 *   Lit calls (form callbacks, static flags), and the modules of internal
 *   helpers stay out of the public API.
 * Inherited attributes, properties, events, CSS parts and custom properties of
 * the abstract bases (ReliefElement, ReliefItemList, ReliefFormElement) are
 * copied onto each element by the analyzer's inheritance step.
 */

/** Members the platform or Lit uses, which are not API for a page author. */
const INTERNAL_MEMBERS = new Set([
  'formAssociated',
  'shadowRootOptions',
  'styles',
  'formResetCallback',
  'formStateRestoreCallback',
  'formDisabledCallback',
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'render',
  'willUpdate',
  'updated',
  'firstUpdated',
  'scheduleUpdate',
]);

/** Resolves `./benefit-list.component.js` imported by `src/benefit-list/benefit-list.ts` to the manifest's module path. */
function resolveImport(fromPath, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const parts = fromPath.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/').replace(/\.js$/, '.ts');
}

/** `defineElement('relief-tag', ReliefClass)` registers a tag, like `customElements.define()`. */
function defineElementPlugin() {
  return {
    name: 'relief - defineElement() registrations',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !classArg || !ts.isStringLiteral(tagArg) || !ts.isIdentifier(classArg)) return;
      const className = classArg.text;
      let modulePath = moduleDoc.path;
      for (const statement of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(statement)) continue;
        const named = statement.importClause?.namedBindings;
        if (named && ts.isNamedImports(named) && named.elements.some((element) => element.name.text === className)) {
          modulePath = resolveImport(moduleDoc.path, statement.moduleSpecifier.text) ?? modulePath;
        }
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tagArg.text,
          declaration: { name: className, module: modulePath },
        },
      ];
    },
  };
}

/** A plain string property, which a JSDoc union of its valid values may narrow. */
const PLAIN_STRING = /^string( \| undefined)?$/;

/**
 * Re-applies a class's own `@attr {type} name - description` JSDoc after the
 * analyzer has merged in the decorators and the base classes: the JSDoc type
 * and description win for the attribute, and the type narrows a plain
 * `string` property too (Storybook then offers a select of the valid values).
 */
function jsDocAttributesPlugin() {
  /** class name → attribute name → { type, description } */
  const declared = new Map();
  return {
    name: 'relief - JSDoc attributes win',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const attributes = new Map();
      for (const tag of ts.getJSDocTags(node)) {
        if (tag.tagName.text !== 'attr' && tag.tagName.text !== 'attribute') continue;
        const text = ts.getTextOfJSDocComment(tag.comment) ?? '';
        const match = /^\{([^}]+)\}\s+([\w-]+)\s+-\s+([\s\S]*)$/.exec(text.trim());
        if (match) attributes.set(match[2], { type: match[1].trim(), description: match[3].replace(/\s*\n\s*/g, ' ').trim() });
      }
      if (attributes.size) declared.set(node.name.text, attributes);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const attributes = declared.get(declaration.name);
          if (!attributes) continue;
          for (const attribute of declaration.attributes ?? []) {
            const doc = attributes.get(attribute.name);
            if (!doc) continue;
            attribute.type = { text: doc.type };
            attribute.description = doc.description;
            const field = declaration.members?.find((member) => member.name === (attribute.fieldName ?? attribute.name));
            if (!field) continue;
            if (!field.type || PLAIN_STRING.test(field.type.text)) {
              if (doc.type !== 'string') {
                const optional = field.type?.text.endsWith(' | undefined') ? ' | undefined' : '';
                field.type = { text: doc.type + optional };
              }
            } else if (field.type.text !== doc.type) {
              // The attribute is written differently from the property (a space-separated list of an array).
              delete attribute.default;
            }
          }
        }
      }
    },
  };
}

/**
 * A class's `@reserve <length>` JSDoc: the block size a page holds for the element until it is
 * defined (EMBEDDING.md, "Keeping the page still"), written to the manifest as the element's
 * `reservedBlockSize`, which the embed builder's CSS uses.
 */
function reservedSizePlugin() {
  /** class name → length */
  const declared = new Map();
  return {
    name: 'relief - reserved block size',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const tag = ts.getJSDocTags(node).find((candidate) => candidate.tagName.text === 'reserve');
      const length = (ts.getTextOfJSDocComment(tag?.comment) ?? '').trim();
      if (tag && !/^\d+(\.\d+)?(em|vh|px)$/.test(length)) throw new Error(`${node.name.text}: @reserve "${length}" is not a length (em, vh or px)`);
      if (tag) declared.set(node.name.text, length);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declared.has(declaration.name)) declaration.reservedBlockSize = declared.get(declaration.name);
        }
      }
    },
  };
}

/**
 * Keeps only the public API: no private, protected or `#private` members, no
 * internals; and only the modules that matter to a user of the elements (the
 * bundle entry, the registrations, the element classes and their base classes),
 * not the internal helpers (content, styles, parsing, warnings).
 */
function publicApiOnlyPlugin() {
  const isPublic = (member) =>
    member.privacy !== 'private' &&
    member.privacy !== 'protected' &&
    !member.name.startsWith('#') &&
    !member.name.startsWith('_') &&
    !INTERNAL_MEMBERS.has(member.name);
  return {
    name: 'relief - public API only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        // `customElements.define(tag, elementClass)` inside defineElement() itself is no registration.
        module.exports = module.exports?.filter(
          (entry) => entry.kind !== 'custom-element-definition' || entry.name.includes('-'),
        );
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class' && declaration.kind !== 'mixin') continue;
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          // The native `input` and `change` that the form controls fire are the platform's own events
          // (typed by every framework already); the manifest lists the library's events.
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('relief-'));
          if (declaration.attributes) {
            const fields = new Set((declaration.members ?? []).map((member) => member.name));
            // An attribute whose property is internal is internal too.
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !attribute.fieldName || fields.has(attribute.fieldName),
            );
          }
        }
      }
      // The modules that declare what the bundle entry exports (VERSION, getLocale…) stay too.
      const entryExports = new Set(
        customElementsManifest.modules.find((module) => module.path === 'src/relief-widgets.ts')?.exports?.map((entry) => entry.name) ?? [],
      );
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (module) =>
          module.path === 'src/relief-widgets.ts' ||
          module.declarations?.some((declaration) => entryExports.has(declaration.name)) ||
          module.declarations?.some((declaration) => declaration.kind === 'class' || declaration.kind === 'mixin') ||
          module.exports?.some((entry) => entry.kind === 'custom-element-definition'),
      );
    },
  };
}

/**
 * Every reference in the manifest points at a declaration the manifest holds, and only
 * registered elements are custom elements:
 * - the analyzer writes a superclass in another file as `/src/core/item-list.js` and a
 *   re-export as the specifier (`./benefit-list/relief-benefit-list.js`), or as the
 *   re-exporting module itself (`export { ReliefBenefitList }` of an imported class):
 *   each is pointed at the module that declares the name (class names are unique here);
 * - an export of something the manifest does not describe (a type, a constant of a generated
 *   module) is dropped, since a reference to it would dangle;
 * - an abstract base that no `defineElement()` registers (ReliefElement) is a class, not a
 *   custom element.
 */
function resolvedReferencesPlugin() {
  return {
    name: 'relief - resolved references',
    packageLinkPhase({ customElementsManifest }) {
      const { modules } = customElementsManifest;
      const declares = (path, name) =>
        modules.some((module) => module.path === path && (module.declarations ?? []).some((declaration) => declaration.name === name));
      const declaring = (name) => modules.filter((module) => (module.declarations ?? []).some((declaration) => declaration.name === name));
      /** The module path that declares `reference.name`, or undefined. */
      const resolve = (reference, fromPath) => {
        if (!reference.module) return undefined;
        let path = reference.module.replace(/^\//, '');
        if (path.startsWith('.')) path = resolveImport(fromPath, path);
        path = path.replace(/\.js$/, '.ts');
        if (declares(path, reference.name)) return path;
        const candidates = declaring(reference.name);
        return candidates.length === 1 ? candidates[0].path : undefined;
      };
      for (const module of modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.superclass?.module) {
            const path = resolve(declaration.superclass, module.path);
            if (path) declaration.superclass.module = path;
            else throw new Error(`${declaration.name}: superclass ${declaration.superclass.name} is not in the manifest`);
          }
        }
        module.exports = module.exports?.filter((entry) => {
          const path = entry.declaration && resolve(entry.declaration, module.path);
          if (path) entry.declaration.module = path;
          return Boolean(path) || Boolean(entry.declaration?.package);
        });
      }
      const registered = new Set(
        modules.flatMap((module) =>
          (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => `${entry.declaration.module}#${entry.declaration.name}`),
        ),
      );
      for (const module of modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.customElement && !registered.has(`${module.path}#${declaration.name}`)) {
            delete declaration.customElement;
            delete declaration.tagName;
          }
        }
      }
    },
  };
}

/**
 * The published package holds dist/esm/*.js, not src/*.ts: module paths (and
 * every reference to a module) in the manifest point at the published files.
 */
function publishedPathsPlugin() {
  const published = (path) => path?.replace(/^src\//, 'dist/esm/').replace(/\.ts$/, '.js');
  const rewrite = (node) => {
    if (Array.isArray(node)) node.forEach(rewrite);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = published(value);
        else rewrite(value);
      }
    }
  };
  return {
    name: 'relief - published module paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.test.ts', 'test/**', 'stories/**'],
  outdir: '.',
  litelement: true,
  // The package.json `customElements` field is maintained by hand, not rewritten on every build.
  packagejson: false,
  plugins: [
    defineElementPlugin(),
    jsDocAttributesPlugin(),
    reservedSizePlugin(),
    publicApiOnlyPlugin(),
    resolvedReferencesPlugin(),
    // After the plugins above, so that they see the public API only.
    customElementVsCodePlugin({ outdir: 'dist', descriptionSrc: 'description' }),
    customElementJetBrainsPlugin({ outdir: 'dist', descriptionSrc: 'description' }),
    publishedPathsPlugin(),
    // Last: on the published module paths (dist/esm/…).
    frameworkIntegrationsPlugin({ outdir: 'dist' }),
  ],
};
