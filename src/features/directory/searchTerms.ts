import type { DirectoryEntry, ServiceType } from '../../content/schema';

/*
 * Words people type when they look for a kind of help, in Spanish, English and French, whatever
 * language the app is in: a Companion in Montréal may type "violencia", a worker in Lima "HIV".
 * These are search keys, never shown on screen (labels come from locales/<lng>/directory.json).
 * Words are written plainly; search.ts folds case and accents on both sides.
 */
export const serviceTypeTerms: Record<ServiceType, readonly string[]> = {
  emergency: ['emergencia', 'urgencia', 'emergency', 'urgence', 'urgences', 'policia', 'police', 'ambulancia', 'ambulance', 'bomberos', 'pompiers', 'fire', '911'],
  'crisis-line': ['crisis', 'crise', 'linea de crisis', 'crisis line', 'ligne de crise', 'ayuda', 'help', 'aide', 'escucha', 'ecoute'],
  'suicide-prevention': ['suicidio', 'suicide', 'suicidaire', 'prevencion', 'prevention', 'vida', 'life'],
  'mental-health': ['salud mental', 'mental health', 'sante mentale', 'psicologia', 'psychology', 'psychologie', 'ansiedad', 'anxiety', 'anxiete', 'depresion', 'depression'],
  'violence-against-women': ['violencia', 'violence', 'mujer', 'mujeres', 'woman', 'women', 'femme', 'femmes', 'genero', 'gender', 'violencia de genero', 'violence conjugale', 'abuso', 'abuse'],
  'sexual-violence': ['violencia sexual', 'sexual violence', 'violence sexuelle', 'violacion', 'rape', 'viol', 'abuso sexual', 'sexual assault', 'agression sexuelle', 'agresion sexual'],
  'legal-aid': ['legal', 'abogado', 'abogada', 'lawyer', 'avocat', 'avocate', 'juridique', 'juridico', 'justicia', 'justice', 'derecho', 'law', 'droit', 'arresto', 'arrest', 'detencion', 'arrestation'],
  'human-rights': ['derechos humanos', 'human rights', 'droits de la personne', 'droits humains', 'defensoria', 'ombudsman', 'protecteur', 'denuncia', 'complaint', 'plainte'],
  health: ['salud', 'health', 'sante', 'clinica', 'clinic', 'clinique', 'medico', 'doctor', 'medecin', 'hospital', 'hopital'],
  'hiv-sexual-health': ['vih', 'sida', 'hiv', 'aids', 'its', 'ets', 'sti', 'itss', 'salud sexual', 'sexual health', 'sante sexuelle', 'pep', 'prep', 'prueba', 'test', 'depistage', 'condon', 'condom', 'preservativo'],
  'sex-worker-organisation': ['trabajo sexual', 'trabajadoras sexuales', 'trabajadora sexual', 'sex work', 'sex worker', 'sex workers', 'travail du sexe', 'travailleuse du sexe', 'tds', 'organizacion', 'organisation', 'organization', 'colectivo', 'collective', 'pares', 'peer', 'paires'],
  'harm-reduction': ['danos', 'reduccion', 'drogas', 'alcohol', 'naloxona', 'naloxone', 'overdose', 'sobredosis', 'surdose', 'mefaits', 'harm', 'reduction'],
  'victim-services': ['victima', 'victimas', 'victim', 'victims', 'victime', 'victimes', 'apoyo', 'support', 'soutien', 'acompanamiento'],
};

export const tagTerms: Record<DirectoryEntry['tags'][number], readonly string[]> = {
  'sex-worker-led': ['trabajo sexual', 'sex work', 'travail du sexe', 'tds', 'liderada', 'led', 'par et pour'],
  'trans-friendly': ['trans', 'travesti', 'transgenero', 'transgender', 'lgbt', 'lgbtiq', 'diversidad'],
  'migrant-friendly': ['migrante', 'migrantes', 'migrant', 'migrants', 'refugiada', 'refugee', 'refugie', 'inmigrante', 'immigrant'],
  'always-open': ['24h', '24/7', '24 h', '24 horas', '24 hours', '24 heures', 'siempre', 'always', 'toujours', 'noche', 'night', 'nuit'],
  anonymous: ['anonimo', 'anonima', 'anonymous', 'anonyme', 'confidencial', 'confidential', 'confidentiel'],
};
