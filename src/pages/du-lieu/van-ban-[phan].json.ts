// The parts of van-ban.json once it is split (none while it is whole).
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogueFile, jsonResponse, partPaths } from '../../site/open-data-files.ts';

export const getStaticPaths = (() => partPaths(catalogueFile())) satisfies GetStaticPaths;
export const GET: APIRoute = async ({ params }) => jsonResponse((await catalogueFile()).parts[Number(params.phan) - 1]);
