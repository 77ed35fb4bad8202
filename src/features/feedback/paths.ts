/** Where the facilitator reads past rounds and saves the CSV file. */
export const feedbackListPath = '/feedback';
