// The custom-elements manifest (npm run build:manifest) is what Storybook's Docs pages and
// editors show as each element's API: only the public API belongs in it. This plugin drops
// protected and private members (the widget core's state, its render helpers) and names the
// type of `report`, which TypeScript declares as `unknown` because anything may be given.
export default {
  plugins: [
    {
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules ?? [])
          for (const declaration of module.declarations ?? []) {
            if (!declaration.members) continue;
            declaration.members = declaration.members.filter((member) => !member.privacy || member.privacy === 'public');
            for (const member of declaration.members) if (member.name === 'report') member.type = { text: 'Report' };
          }
      },
    },
  ],
};
