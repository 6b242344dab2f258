// A real API consumer, run by NodeClientTests: it gets a token with the client credentials grant,
// creates a draft gift through REST, lists the gifts with their article through GraphQL
// (graphql-request), and reads the published article anonymously. Prints one JSON line; exits
// non-zero with the reason on any failure.
import { GraphQLClient, gql } from 'graphql-request';

const baseUrl = process.env.LPB_BASE_URL;
const clientId = process.env.LPB_CLIENT_ID;
const clientSecret = process.env.LPB_CLIENT_SECRET;
if (!baseUrl || !clientId || !clientSecret) {
  throw new Error('Set LPB_BASE_URL, LPB_CLIENT_ID and LPB_CLIENT_SECRET.');
}

async function expectOk(response, what) {
  if (!response.ok) {
    throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`);
  }
  return response.json();
}

const token = (await expectOk(await fetch(`${baseUrl}/connect/token`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
}), 'token')).access_token;

const graphql = new GraphQLClient(`${baseUrl}/api/graphql`, { headers: { Authorization: `Bearer ${token}` } });
const { gift: gifts } = await graphql.request(gql`
  query GiftsWithArticle {
    gift(orderBy: { position: ASC }) {
      contentItemId
      displayText
      organisation
      article { contentItems { contentItemId ... on BlogPost { displayText path } } }
    }
  }
`);
const article = gifts[0]?.article?.contentItems?.[0];
if (!article) {
  throw new Error('The first gift has no article.');
}

const draft = await expectOk(await fetch(`${baseUrl}/api/content?draft=true`, {
  method: 'POST',
  headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
  body: JSON.stringify({
    ContentType: 'Gift',
    TitlePart: { Title: 'Concept van de Node-client' },
    Gift: { Authors: { Text: 'Node' }, Organisation: { Text: 'Node-client' }, Article: { ContentItemIds: [article.contentItemId] } },
  }),
}), 'create draft');

const hidden = await fetch(`${baseUrl}/api/content/${draft.ContentItemId}`);
if (hidden.status !== 404) {
  throw new Error(`The draft must not be visible anonymously, got HTTP ${hidden.status}.`);
}

const published = await expectOk(await fetch(`${baseUrl}/api/content/${article.contentItemId}`), 'read article');
console.log(JSON.stringify({
  gifts: gifts.length,
  article: published.DisplayText,
  draftId: draft.ContentItemId,
  draftPublished: draft.Published,
}));
