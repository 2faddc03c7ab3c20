// handler.mjs — behind a function URL or API Gateway: POST the page's HTML, pass its URL as ?url=
import { extract } from 'onrecord';

export const handler = async (event) => {
  const html = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');
  const url = event.queryStringParameters?.url;
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(extract(html, { url })),
  };
};
