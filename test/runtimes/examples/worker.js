// src/worker.js — POST the page's HTML, pass its URL as ?url=; GET /?url=… fetches the page itself
import { extract } from 'onrecord';

export default {
  async fetch(request) {
    const url = new URL(request.url).searchParams.get('url');
    if (!url) return new Response('Pass the article URL as ?url=', { status: 400 });
    let html;
    if (request.method === 'POST') html = await request.text();
    else {
      const page = await fetch(url, { headers: { accept: 'text/html' } });
      if (!page.ok) return new Response(`The page answered ${page.status}`, { status: 502 });
      html = await page.text();
    }
    return Response.json(extract(html, { url }));
  },
};
