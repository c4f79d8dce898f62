import { Router } from 'express';

/** The privacy and terms pages the app manifest links to (Law 25: say what is kept, why, and for how long). */
const page = (title: string, body: string) => `<!doctype html>
<html lang="fr-CA"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}h1{color:#187390}</style>
</head><body>${body}</body></html>`;

const privacy = page(
  'Confidentialité — IPECN Concertation',
  `<h1>Politique de confidentialité</h1>
<p>IPECN Concertation conserve les renseignements nécessaires au suivi des comités et des activités de la concertation
Immigration – Petite Enfance – Capitale-Nationale : nom, organisme, catégorie de participation, territoire (MRC) et présences.</p>
<p>Les statistiques produites sont agrégées. Les effectifs de 1 à 4 familles sont affichés « &lt;5 ». Le nom des membres
des familles n'est visible que par la coordination et par le comité dont ils font partie; chaque consultation de leur
dossier par une autre personne est journalisée. Le consentement (but, date, version du texte) est consigné pour chaque
personne, qui peut obtenir une copie de ses données ou en demander l'effacement auprès de la coordination.</p>
<h2 lang="en">Privacy policy</h2>
<p lang="en">IPECN Concertation keeps what is needed to follow the committees and activities of the concertation: name,
organization, participant category, territory and attendance. Statistics are aggregates; counts of 1 to 4 families are
shown as "&lt;5". Family members' names are visible only to the coordination team and their own committee, and every
read of their record by someone else is logged. Ask the coordination team for a copy of your data or its erasure.</p>`,
);

const terms = page(
  "Conditions d'utilisation — IPECN Concertation",
  `<h1>Conditions d'utilisation</h1>
<p>L'application est réservée aux partenaires de la concertation IPECN et aux personnes qui participent à ses comités
et activités. Les pratiques partagées restent la propriété de leurs auteur·es et sont partagées pour être réutilisées au
bénéfice des familles immigrantes et de leurs jeunes enfants.</p>
<h2 lang="en">Terms of use</h2>
<p lang="en">The app is for the partners of the IPECN concertation and the people who take part in its committees and
activities. Shared practices remain their authors' and are shared to be reused for immigrant families and their young children.</p>`,
);

export function legalPages(): Router {
  const router = Router();
  router.get('/confidentialite', (_req, res) => {
    res.type('html').send(privacy);
  });
  router.get('/conditions-utilisation', (_req, res) => {
    res.type('html').send(terms);
  });
  return router;
}
