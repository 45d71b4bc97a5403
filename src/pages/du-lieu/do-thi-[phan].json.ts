// The parts of do-thi.json once it is split (none while it is whole).
import type { APIRoute, GetStaticPaths } from 'astro';
import { graphFile, jsonResponse, partPaths } from '../../site/open-data-files.ts';

export const getStaticPaths = (() => partPaths(graphFile())) satisfies GetStaticPaths;
export const GET: APIRoute = async ({ params }) => jsonResponse((await graphFile()).parts[Number(params.phan) - 1]);
