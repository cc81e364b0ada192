import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { changeStream } from '$lib/server/live';

export const GET: RequestHandler = async () => changeStream((await getApp()).store);
