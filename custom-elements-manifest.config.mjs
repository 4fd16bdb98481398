// The custom-elements manifest (npm run build:manifest) is what Storybook's Docs pages and
// editors show as each element's API: only the public API belongs in it. This plugin drops
// protected and private members (the widget core's state, its render helpers) and names the
// types of `report` and `reports`, which TypeScript declares as `unknown` because anything may be given.
export default {
  plugins: [
    {
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules ?? [])
          for (const declaration of module.declarations ?? []) {
            if (!declaration.members) continue;
            const hidden = new Set(declaration.members.filter((member) => member.privacy && member.privacy !== 'public').map((member) => member.name));
            declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
            // A property declared in `static properties` is listed as an attribute too, even
            // when it is internal state (`state: true`) that no attribute sets.
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName ?? attribute.name));
            for (const member of declaration.members) {
              if (member.name === 'report') member.type = { text: 'Report' };
              if (member.name === 'reports') member.type = { text: '(Report | string)[] | { reports: (Report | string)[] }' };
            }
          }
      },
    },
  ],
};
