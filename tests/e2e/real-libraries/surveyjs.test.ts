import { describeLibraryPage } from '../support/library-suite';

/**
 * SurveyJS: radiogroups, dropdowns that draw their list in a popup, a boolean switch, the
 * question's own comment area, and remarks asked as the next item (「上記の補足・備考」); read
 * back from `survey.data`.
 */
describeLibraryPage('surveyjs');
