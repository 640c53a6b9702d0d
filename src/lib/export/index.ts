// Export: a chart's data (CSV, JSON) and picture (SVG, PNG), each with the methods stamp.
export { methodsStamp, stampLine, type MethodsStamp } from './stamp';
export { toCsv, toJson } from './data';
export { composePicture, toSvgText, toPngBlob, type PictureOptions, type PictureLegend, type SizeKey } from './picture';
export { download, slug } from './download';
