/** Google's myanmar-tools ships JavaScript without type declarations; these are the two classes we use. */
declare module "myanmar-tools" {
  const tools: { ZawgyiDetector: typeof ZawgyiDetector; ZawgyiConverter: typeof ZawgyiConverter };
  export default tools;
  export class ZawgyiDetector {
    /** Probability in 0..1 that the string is Zawgyi-encoded rather than Unicode Burmese. */
    getZawgyiProbability(text: string): number;
  }
  export class ZawgyiConverter {
    zawgyiToUnicode(text: string): string;
    unicodeToZawgyi(text: string): string;
  }
}
