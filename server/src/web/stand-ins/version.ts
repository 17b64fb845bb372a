/** Browser stand-in for version.ts (stand-ins/README.md): the build always writes the version in. */
declare const MOU_VERSION: string;

export const VERSION: string = MOU_VERSION;
